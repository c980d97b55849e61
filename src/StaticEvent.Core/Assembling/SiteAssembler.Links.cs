using System.Text;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Model;
using StaticEvent.Text;

namespace StaticEvent.Assembling;

internal static partial class SiteAssembler
{
    private static void LinkTranslations(List<LocalizedSite> languages, DiagnosticBag diagnostics)
    {
        var groups = languages
            .SelectMany(l => l.Pages)
            .Where(p => p.Kind is not PageKind.Tag)
            .GroupBy(p => p.TranslationKey, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var pages = group.ToList();
            foreach (var duplicate in pages.GroupBy(p => p.Language!.Code).Where(g => g.Count() > 1))
            {
                var sources = duplicate.Select(p => p.SourcePath).ToList();
                foreach (var page in duplicate.Skip(1))
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateTranslation, page.Location,
                        $"two '{duplicate.Key}' pages share the translation key '{group.Key}': {string.Join(" and ", sources)}",
                        "give each file its own 'translationKey', or remove one of them");
                }
            }

            foreach (var page in pages)
            {
                page.Translations.AddRange(pages.Where(p => p != page && p.Language!.Code != page.Language!.Code).DistinctBy(p => p.Language!.Code));
            }
        }
    }

    private static void ResolveMenus(LocalizedSite site, SiteConfig config, DiagnosticBag diagnostics)
    {
        var code = site.Language.Code;
        foreach (var (menuName, items) in config.Menus)
        {
            var entries = new List<MenuEntry>();
            foreach (var item in items)
            {
                var name = item.Name?.GetValueOrDefault(code);
                var description = item.Description?.GetValueOrDefault(code);
                if (item.Url is not null)
                {
                    entries.Add(new MenuEntry(name ?? item.Url, item.Url, null, null, description));
                    continue;
                }

                var reference = item.Ref!.Trim('/');
                var page = site.Pages.FirstOrDefault(p => p.TranslationKey == reference)
                    ?? site.Pages.FirstOrDefault(p => p.TranslationKey == reference + "/_index")
                    ?? (reference is "" or "_index" ? site.Home : null);
                if (page is null)
                {
                    var exists = config.Languages.Any(l => l.Code != code);
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.LinkTargetMissing, Severity.Error, new SourceLocation(SiteConfig.FileName, item.Line, item.Column),
                        $"the menu '{menuName}' refers to '{item.Ref}', which has no page in '{code}'",
                        exists ? $"write content/{reference}.{code}.md (or content/{reference}/_index.{code}.md), or fix the 'ref'" : null));
                    continue;
                }

                entries.Add(new MenuEntry(name ?? page.Title, page.RelativeUrl, page, page.Kind is PageKind.Section or PageKind.Schedule ? page.Section : null,
                    description ?? page.Description));
            }

            site.Menus[menuName] = entries;
        }
    }

    private static List<RedirectPage> BuildRedirects(List<LocalizedSite> languages, Uri baseUrl, Uri? declaredBaseUrl, DiagnosticBag diagnostics)
    {
        var redirects = new List<RedirectPage>();
        foreach (var page in languages.SelectMany(l => l.Pages).Where(p => p.Source is not null))
        {
            foreach (var alias in page.Source!.FrontMatter.Aliases)
            {
                var location = new SourceLocation(page.SourcePath, alias.Line, alias.Column);
                var path = AliasPath.Resolve(alias.Value, declaredBaseUrl ?? baseUrl, out var problem)
                    ?? (declaredBaseUrl is null || declaredBaseUrl == baseUrl ? null : AliasPath.Resolve(alias.Value, baseUrl, out _));
                if (path is null)
                {
                    diagnostics.Error(DiagnosticCodes.PathEscapesOutput, location, $"the alias '{alias.Value}' {problem}",
                        "write it as a path from the site root, e.g. /fr/ancienne-adresse/ (or as a full address on this site), without '..', '\\' or a drive letter");
                    continue;
                }

                redirects.Add(new RedirectPage(path, page, location));
            }
        }

        return redirects;
    }

    private static List<(string Source, string Output)> PlaceResources(IReadOnlyList<string> resources, Dictionary<string, Page> bySource)
    {
        // A bundle's files go beside every translation of the page, so relative image links work in each language.
        var bundles = bySource.Values.Where(p => p.Source!.File.IsBundle).GroupBy(p => p.Source!.File.Directory, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var placed = new List<(string, string)>();
        foreach (var resource in resources)
        {
            var directory = resource[..resource.LastIndexOf('/')];
            if (bundles.TryGetValue(directory, out var pages))
            {
                var file = resource[(resource.LastIndexOf('/') + 1)..];
                placed.AddRange(pages.Select(p => (resource, p.RelativeUrl + file.Normalize(NormalizationForm.FormC))));
            }
            else
            {
                placed.Add((resource, resource[(ContentPrefix.Length)..].Normalize(NormalizationForm.FormC)));
            }
        }

        return placed;
    }

    private const string ContentPrefix = "content/";

    private static void CheckUniqueOutputs(List<LocalizedSite> languages, Page chooser, List<RedirectPage> redirects, List<(string Source, string Output)> resources, HashSet<Page> reported, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Claim(string output, string owner, SourceLocation location)
        {
            // The last line of defence before the disk: the output sink refuses such a path with an exception.
            if (output.Split('/').FirstOrDefault(s => !UrlSegment.IsValid(s)) is { } unusable)
            {
                diagnostics.Error(DiagnosticCodes.InvalidSlug, location, $"'{output}' cannot be written: '{unusable}' is not a usable file or folder name",
                    "rename it: no name Windows reserves (con, aux, nul, com1, lpt1…), no trailing dot or space, none of / \\ ? # % : * \" < > |");
                return;
            }

            if (owners.TryGetValue(output, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, location, $"'{output}' would be written twice: by {first} and by {owner}",
                    "change the slug, the permalink or the alias of one of them");
                return;
            }

            owners[output] = owner;
        }

        Claim(chooser.OutputPath, "the language chooser", new SourceLocation(SiteConfig.FileName));
        foreach (var page in languages.SelectMany(l => l.Pages).Where(p => !reported.Contains(p)))
        {
            Claim(page.OutputPath, Owner(page), page.Location);
        }

        foreach (var redirect in redirects)
        {
            Claim(redirect.OutputPath, $"an alias of {Owner(redirect.Target)}", redirect.Location);
        }

        foreach (var (source, output) in resources)
        {
            Claim(output, source, new SourceLocation(source));
        }
    }

    /// <summary>Who writes a page, for an error naming both sides of a collision.</summary>
    private static string Owner(Page page) => page switch
    {
        { Source: not null } => page.SourcePath,
        { Kind: PageKind.Tag } => $"the page of the tag '{page.Tag}' ({page.Location})",
        { Kind: PageKind.Section or PageKind.Schedule } => $"the list of the section '{page.Section}' ({page.Location})",
        { Session: { } session } => $"the page of the session '{session.Id}' ({page.Location})",
        { Speaker: { } speaker } => $"the page of the speaker '{speaker.Id}' ({page.Location})",
        _ => page.SourcePath,
    };
}
