using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using StaticEvent.IO;
using StaticEvent.Model;
using StaticEvent.Rendering.Markdown;
using StaticEvent.Yaml;

namespace StaticEvent.Rendering;

/// <summary>
/// A hash of everything a page's render can read: the site-wide inputs (config, templates, i18n,
/// static files, data), what the language's <c>site</c> object shows (menus, section cards, tags),
/// the page's own data and body, its children, translations and breadcrumbs. Two builds that give
/// a page the same fingerprint give it the same bytes, so an unchanged fingerprint means no render.
/// </summary>
public sealed class PageFingerprints
{
    private readonly ConcurrentDictionary<Page, string> _own = new();
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
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, $"{options.IncludeDrafts}|{options.BaseUrl}|{now:O}");
        foreach (var root in new[] { "site.yml", "layouts", "i18n", "static", "data", $"themes/{theme}" })
        {
            var files = source.FileExists(root) ? [root] : source.ListFiles(root);
            foreach (var path in files)
            {
                Add(hash, path);
                hash.AppendData(SHA256.HashData(source.ReadAllBytes(path)));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public string Of(Page page)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, _global);
        Add(hash, SiteOf(page.Language?.Code ?? _site.Config.DefaultLanguage));
        if (page.Kind == PageKind.LanguageChooser)
        {
            foreach (var language in _site.Languages)
            {
                Add(hash, SiteOf(language.Language.Code));
            }
        }

        Add(hash, Own(page));
        foreach (var child in page.Children)
        {
            Add(hash, Own(child));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>What the language's <c>site</c> object shows: menus, home, section cards with their pages' cards, tags.</summary>
    private string SiteOf(string language) => _sites.GetOrAdd(language, code =>
    {
        var localized = _site.Language(code);
        var text = new StringBuilder();
        foreach (var (name, entries) in localized.Menus.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append('\n');
            foreach (var entry in entries)
            {
                text.Append(entry.Name).Append('|').Append(entry.Url).Append('|').Append(entry.Page?.TranslationKey).Append('\n');
            }
        }

        text.Append(Card(localized.Home));
        foreach (var section in localized.Sections.Values)
        {
            text.Append(Card(section));
            foreach (var child in section.Children)
            {
                text.Append(Card(child));
            }
        }

        foreach (var tag in localized.Tags)
        {
            text.Append(tag.Title).Append('|').Append(tag.RelativeUrl).Append('|').Append(tag.Children.Count).Append('\n');
        }

        foreach (var other in _site.Languages)
        {
            text.Append(other.Language.Code).Append('|').Append(other.Home.RelativeUrl).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    });

    private string Card(Page page)
    {
        var front = page.Source?.FrontMatter;
        var summary = front?.Summary ?? _markdown.Render(page).Summary;
        return $"{page.Kind}|{page.Title}|{page.Description}|{summary}|{page.RelativeUrl}|{page.Date:O}|{page.Updated:O}|{page.TranslationKey}|{page.Weight}|{page.IsDraft}|{front?.Author}|{string.Join(',', front?.Tags ?? [])}|{page.Children.Count}\n";
    }

    /// <summary>The page's own data: everything of its object but the objects of other pages.</summary>
    private string Own(Page page) => _own.GetOrAdd(page, p =>
    {
        var text = new StringBuilder(Card(p));
        if (p.Source is { } source)
        {
            var front = source.FrontMatter;
            text.Append(front.Slug).Append('|').Append(front.Image).Append('|').Append(front.ImageAlt).Append('|').Append(front.Layout).Append('|')
                .Append(string.Join(',', front.Aliases)).Append('|').Append(source.File.SourcePath).Append('|').Append(source.BodyLine).Append('\n');
            foreach (var (key, value) in front.Params)
            {
                AppendNode(text.Append(key.Value).Append('='), value);
            }

            text.Append(_bodies.Of(source)).Append('|').Append(_markdown.LinkTargets);
        }

        text.Append('|').Append(p.Tag).Append('|').Append(p.Section).Append('|').Append(p.Session?.Id).Append('|').Append(p.Speaker?.Id).Append('\n');
        foreach (var translation in p.Translations)
        {
            text.Append(translation.Language?.Code).Append('|').Append(translation.Title).Append('|').Append(translation.RelativeUrl).Append('\n');
        }

        for (var parent = p.Parent; parent is not null; parent = parent.Parent)
        {
            text.Append(parent.Title).Append('|').Append(parent.RelativeUrl).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    });

    private static void AppendNode(StringBuilder text, DataNode node)
    {
        switch (node)
        {
            case DataScalar scalar:
                text.Append(scalar.IsPlain ? 'p' : 'q').Append(scalar.Value.Length).Append(':').Append(scalar.Value);
                break;
            case DataList list:
                text.Append('[');
                foreach (var item in list.Items)
                {
                    AppendNode(text, item);
                }

                text.Append(']');
                break;
            case DataMap map:
                text.Append('{');
                foreach (var (key, value) in map.Entries)
                {
                    AppendNode(text.Append(key.Value).Append('='), value);
                }

                text.Append('}');
                break;
        }
    }

    private static void Add(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
