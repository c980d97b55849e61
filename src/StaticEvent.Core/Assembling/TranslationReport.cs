using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Model;

namespace StaticEvent.Assembling;

/// <summary>
/// Tells editors what to translate next: a page missing in a language, or a translation older
/// than the default-language source it was made from (the source was updated after it).
/// The same findings feed the build's warnings and the preview server's review page.
/// </summary>
internal static class TranslationReport
{
    /// <summary>A page missing in <see cref="Missing"/> languages, or an outdated <see cref="Translation"/>.</summary>
    public sealed record Finding(Page Original, IReadOnlyList<string> Missing, Page? Translation);

    public static IReadOnlyList<Finding> Find(IEnumerable<LocalizedSite> languages, SiteConfig config)
    {
        var findings = new List<Finding>();
        var codes = config.Languages.Select(l => l.Code).ToList();
        var pages = languages.SelectMany(l => l.Pages).Where(p => p.Source is not null);
        foreach (var group in pages.GroupBy(p => p.TranslationKey, StringComparer.Ordinal))
        {
            var present = group.Select(p => p.Language!.Code).ToHashSet(StringComparer.Ordinal);
            var missing = codes.Where(c => !present.Contains(c)).ToList();
            var original = group.FirstOrDefault(p => p.Language!.Code == config.DefaultLanguage) ?? group.First();
            if (missing.Count > 0)
            {
                findings.Add(new Finding(original, missing, null));
            }

            foreach (var translation in group.Where(p => p != original))
            {
                if (original.Updated is { } sourceUpdated && translation.Updated is { } translated && translated < sourceUpdated)
                {
                    findings.Add(new Finding(original, [], translation));
                }
            }
        }

        return findings;
    }

    public static void Check(IReadOnlyList<LocalizedSite> languages, SiteConfig config, DiagnosticBag diagnostics)
    {
        foreach (var finding in Find(languages, config))
        {
            var original = finding.Original;
            if (finding.Translation is { } translation)
            {
                diagnostics.Warning(DiagnosticCodes.OutdatedTranslation, translation.Location,
                    $"this translation ({translation.Updated:yyyy-MM-dd}) is older than {original.SourcePath} ({original.Updated:yyyy-MM-dd})",
                    "update the translation, then set 'updated:' to the day you did");
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.MissingTranslation, original.Location,
                    $"'{original.Title}' has no translation in {string.Join(", ", finding.Missing)}",
                    $"add {string.Join(", ", finding.Missing.Select(m => TranslationPath(original, m)))}");
            }
        }
    }

    public static string TranslationPath(Page page, string language)
    {
        var path = page.SourcePath;
        var suffix = "." + page.Language!.Code + ".md";
        return path.EndsWith(suffix, StringComparison.Ordinal) ? path[..^suffix.Length] + "." + language + ".md" : path;
    }
}
