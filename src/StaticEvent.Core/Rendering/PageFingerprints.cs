using System.Collections.Concurrent;
using System.Security.Cryptography;
using StaticEvent.IO;
using StaticEvent.Model;
using StaticEvent.Rendering.Markup;
using StaticEvent.Yaml;

namespace StaticEvent.Rendering;

/// <summary>
/// A hash of everything a page's render can read: the site-wide inputs (config, templates, i18n,
/// static files, data), what the language's <c>site</c> object shows (menus, section cards, tags),
/// the page's own data and body, its children, translations and breadcrumbs; and, through
/// <see cref="WithBodies"/>, the bodies of the other pages the last render read (<see cref="BodyReads"/>).
/// Two builds that give a page the same fingerprint give it the same bytes, so an unchanged
/// fingerprint means no render.
/// </summary>
internal sealed class PageFingerprints
{
    private readonly ConcurrentDictionary<Page, string> _visible = new();
    private readonly ConcurrentDictionary<string, string> _sites = new(StringComparer.Ordinal);
    private readonly SiteModel _site;
    private readonly MarkdownRenderer _markdown;
    private readonly string _global;
    private readonly BodyHashes _bodies;

    public PageFingerprints(SiteModel site, MarkdownRenderer markdown, string global, BodyHashes bodies)
    {
        _site = site;
        _markdown = markdown;
        _global = global;
        _bodies = bodies;
    }

    /// <summary>The hash of the site-wide inputs this build's fingerprints start from.</summary>
    public string SiteWide => _global;

    /// <summary>The inputs every page shares: site.yml, layouts, i18n, static files, data and the build's options.</summary>
    public static string Global(IFileSource source, string theme, BuildOptions options, DateTimeOffset now)
    {
        var hash = HashWriter.Start().Add(options.IncludeDrafts).Add(options.BaseUrl).Add(now);
        foreach (var root in new[] { "site.yml", "layouts", "i18n", "static", "data", $"themes/{theme}" })
        {
            var files = source.FileExists(root) ? [root] : source.ListFiles(root);
            foreach (var path in files)
            {
                hash.Add(path).Add(Convert.ToHexString(SHA256.HashData(source.ReadAllBytes(path))));
            }
        }

        return hash.Finish();
    }

    public string Of(Page page)
    {
        // The parts first: each is a hash of its own, made with this thread's writer.
        var siteHash = SiteOf(page.Language?.Code ?? _site.Config.DefaultLanguage);
        var chooser = page.Kind == PageKind.LanguageChooser ? _site.Languages.Select(l => SiteOf(l.Language.Code)).ToList() : null;
        var own = Visible(page);
        foreach (var child in page.Children)
        {
            Visible(child);
        }

        var hash = HashWriter.Start().Add(_global).Add(siteHash).Add(own);
        foreach (var other in chooser ?? [])
        {
            hash.Add(other);
        }

        if (page.Source is { } source)
        {
            hash.Add(_bodies.Of(source)).Add(_markdown.LinkTargets);
        }

        foreach (var child in page.Children)
        {
            hash.Add(Visible(child));
        }

        return hash.Finish();
    }

    /// <summary>
    /// <paramref name="fingerprint"/> (from <see cref="Of"/>) with the bodies of the other pages a
    /// render read, by source path: what they are in this build, or that they are gone. Rendered
    /// bodies also depend on every page's URL (links), hence the link targets.
    /// </summary>
    public string WithBodies(string fingerprint, IReadOnlyList<string> bodiesRead)
    {
        if (bodiesRead.Count == 0)
        {
            return fingerprint;
        }

        var hash = HashWriter.Start().Add(fingerprint).Add(_markdown.LinkTargets);
        foreach (var path in bodiesRead)
        {
            hash.Add(path).Add(_site.BySource.TryGetValue(path, out var page) ? _bodies.Of(page.Source!) : null);
        }

        return hash.Finish();
    }

    /// <summary>What the language's <c>site</c> object shows: menus, home, section cards with their pages' cards, tags.</summary>
    private string SiteOf(string language) => _sites.GetOrAdd(language, code =>
    {
        var localized = _site.Language(code);
        var hash = HashWriter.Start();
        foreach (var (name, entries) in localized.Menus.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            hash.Add(name).Add(entries.Count);
            foreach (var entry in entries)
            {
                hash.Add(entry.Name).Add(entry.Url).Add(entry.Page?.TranslationKey).Add(entry.Description);
            }
        }

        Card(hash, localized.Home);
        hash.Add(localized.Sections.Count);
        foreach (var section in localized.Sections.Values)
        {
            Card(hash, section);
            foreach (var child in section.Children)
            {
                Card(hash, child);
            }
        }

        hash.Add(localized.Tags.Count);
        foreach (var tag in localized.Tags)
        {
            hash.Add(tag.Title).Add(tag.RelativeUrl).Add(tag.Children.Count);
        }

        foreach (var other in _site.Languages)
        {
            hash.Add(other.Language.Code).Add(other.Home.RelativeUrl);
        }

        return hash.Finish();
    });

    private void Card(HashWriter hash, Page page)
    {
        var front = page.Source?.FrontMatter;
        hash.Add((long)page.Kind).Add(page.Title).Add(page.Description).Add(front?.Summary ?? _markdown.Render(page).Summary)
            .Add(page.RelativeUrl).Add(page.Date).Add(page.Updated).Add(page.TranslationKey).Add(page.Weight).Add(page.IsDraft)
            .Add(front?.Author).Add(page.Children.Count);
        var tags = front?.Tags ?? [];
        hash.Add(tags.Count);
        foreach (var tag in tags)
        {
            hash.Add(tag);
        }
    }

    /// <summary>
    /// What a page's object shows, but its body and the objects of other pages: its card (with
    /// the summary a description may come from), front matter, place in the site, translations
    /// and breadcrumbs. Its <c>content</c> is not here: renders that read it say so (<see cref="WithBodies"/>).
    /// </summary>
    private string Visible(Page page) => _visible.GetOrAdd(page, p =>
    {
        var hash = HashWriter.Start();
        Card(hash, p);
        if (p.Source is { } source)
        {
            var front = source.FrontMatter;
            hash.Add(front.Slug).Add(front.Image).Add(front.ImageAlt).Add(front.Layout).Add(front.Aliases.Count);
            foreach (var alias in front.Aliases)
            {
                hash.Add(alias.Value);
            }

            hash.Add(source.File.SourcePath).Add(source.BodyLine).Add(front.Params.Count);
            foreach (var (key, value) in front.Params)
            {
                AddNode(hash.Add(key.Value), value);
            }
        }
        else
        {
            hash.Add(-1);
        }

        hash.Add(p.Tag).Add(p.Section).Add(p.Session?.Id).Add(p.Speaker?.Id).Add(p.Translations.Count);
        foreach (var translation in p.Translations)
        {
            hash.Add(translation.Language?.Code).Add(translation.Title).Add(translation.RelativeUrl);
        }

        for (var parent = p.Parent; parent is not null; parent = parent.Parent)
        {
            hash.Add(parent.Title).Add(parent.RelativeUrl);
        }

        return hash.Finish();
    });

    private static void AddNode(HashWriter hash, DataNode node)
    {
        switch (node)
        {
            case DataScalar scalar:
                hash.Add('s').Add(scalar.IsPlain).Add(scalar.Value);
                break;
            case DataList list:
                hash.Add('l').Add(list.Items.Count);
                foreach (var item in list.Items)
                {
                    AddNode(hash, item);
                }

                break;
            case DataMap map:
                hash.Add('m').Add(map.Entries.Count);
                foreach (var (key, value) in map.Entries)
                {
                    AddNode(hash.Add(key.Value), value);
                }

                break;
        }
    }
}
