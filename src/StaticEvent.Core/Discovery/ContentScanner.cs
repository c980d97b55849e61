using System.Text;
using Microsoft.Extensions.FileSystemGlobbing;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.IO;

namespace StaticEvent.Discovery;

/// <summary>What discovery found: the Markdown files, and the other files under content/ to copy.</summary>
internal sealed record ContentInventory(IReadOnlyList<ContentFile> Pages, IReadOnlyList<string> Resources);

/// <summary>
/// Stage 2: finds the site's content with the include/exclude patterns of <c>site.yml</c>. Works
/// on the list of paths from <see cref="IFileSource"/>, so it runs the same on disk and in memory.
/// </summary>
internal static class ContentScanner
{
    public const string ContentFolder = "content";

    public static ContentInventory Scan(IFileSource source, SiteConfig config, DiagnosticBag diagnostics)
    {
        var (all, refused) = source.List(ContentFolder);
        ReportRefusedLinks(refused, diagnostics);
        foreach (var folder in new[] { "data", "static", "layouts", "i18n", $"themes/{config.Theme}" })
        {
            ReportRefusedLinks(source.ListRefused(folder), diagnostics);
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(config.Include);
        matcher.AddExcludePatterns(config.Exclude);

        var relative = all.Select(p => p[(ContentFolder.Length + 1)..]).ToList();
        var included = matcher.Match(relative).Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var languages = config.Languages.Select(l => l.Code).ToList();

        var pages = new List<ContentFile>();
        var resources = new List<string>();
        var normalized = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in relative)
        {
            if (Path.GetFileName(path).StartsWith('.'))
            {
                continue;
            }

            if (!normalized.TryAdd(path.Normalize(NormalizationForm.FormC), path))
            {
                var first = normalized[path.Normalize(NormalizationForm.FormC)];
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, new SourceLocation($"{ContentFolder}/{path}"),
                    $"this name and {ContentFolder}/{first} are the same name in two Unicode forms (NFC and NFD), so they would be one page",
                    "keep one of the two files; macOS may write accented names in the other form");
                continue;
            }

            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                if (CopiedFiles.Check(source, $"{ContentFolder}/{path}", diagnostics))
                {
                    resources.Add($"{ContentFolder}/{path}");
                }

                continue;
            }

            if (!included.Contains(path))
            {
                continue;
            }

            var sourcePath = $"{ContentFolder}/{path}";
            var segments = path.Split('/');
            if (!LanguageResolver.TryResolve(segments[^1], languages, config.DefaultLanguage, out var name, out var language))
            {
                diagnostics.Error(DiagnosticCodes.UnknownLanguage, new SourceLocation(sourcePath),
                    $"'{language}' in the file name is not a language of this site",
                    $"rename the file with one of: {string.Join(", ", languages)}, or add the language to site.yml");
                continue;
            }

            pages.Add(Classify(sourcePath, segments, name, language));
        }

        return new ContentInventory(pages, resources);
    }

    /// <summary>
    /// Links the file source will not follow and folders it cannot list, in every folder the build
    /// reads (content/, then data/ and the folders of static files, layouts, i18n and the theme). An error rather
    /// than a warning: leaving a file out changes the site, and a page that silently goes missing
    /// (jekyll#3070) is worse than a build that says why it stopped.
    /// </summary>
    private static void ReportRefusedLinks(IReadOnlyList<RefusedEntry> refusedEntries, DiagnosticBag diagnostics)
    {
        foreach (var refused in refusedEntries)
        {
            if (refused.Unreadable)
            {
                IoFailure.ReadingFolder(diagnostics, refused.Path, refused.Reason);
                continue;
            }

            diagnostics.Error(DiagnosticCodes.SymlinkRefused, new SourceLocation(refused.Path),
                $"this symbolic link {refused.Reason}; links that leave the site or loop are not followed",
                "replace the link with a copy of the file or folder it points to");
        }
    }

    // content/news/opening.fr.md → section news, name opening; the first folder is the section.
    // content/news/opening/index.fr.md → a bundle: the folder is the name, its other files travel with it.
    // Names are NFC: macOS writes file names in NFD, and "café" must be one URL and one translation key
    // however it was typed (two spellings of it are then a duplicate, not two pages).
    private static ContentFile Classify(string sourcePath, string[] segments, string name, string language)
    {
        var isBundle = name == "index" && segments.Length > 1;
        var parts = (isBundle ? segments[..^1] : [.. segments[..^1], name]).Select(p => p.Normalize(NormalizationForm.FormC)).ToArray();
        return parts.Length == 1
            ? new ContentFile(sourcePath, string.Empty, parts[0], language, isBundle)
            : new ContentFile(sourcePath, parts[0], string.Join('/', parts[1..]), language, isBundle);
    }
}
