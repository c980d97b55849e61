using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Model;
using StaticEvent.Parsing;

namespace StaticEvent.Assembling;

internal static partial class SiteAssembler
{
    private sealed record SectionClaim(string Name, string Slug, SourceLocation? Configured, SourceLocation Origin, Page? List);

    /// <summary>
    /// Two sections of a language (or a section and the tag or speaker pages) with one slug
    /// (<c>sections: { news: actualites, events: actualites }</c>) would mix their pages in one
    /// folder and write one list over the other: an error at the second slug naming both. Returns
    /// the section lists already reported, so the duplicate-output check does not report them again.
    /// </summary>
    private static HashSet<Page> CheckSectionSlugs(List<LocalizedSite> languages, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<Page>();
        foreach (var site in languages)
        {
            var language = site.Language;
            var claims = site.Sections.Select(s => Claim(language, $"the section '{s.Key}'", s.Key, s.Value.Location, s.Value)).ToList();
            if (site.Tags.Count > 0)
            {
                claims.Add(Claim(language, "the tag pages", "tags", site.Tags[0].Location, null));
            }

            if (site.Speakers.Count > 0)
            {
                claims.Add(Claim(language, "the speaker pages", "speakers", site.Speakers.Values.First().Location, null));
            }

            foreach (var group in claims.GroupBy(c => c.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                // Blame the slug written last in site.yml; a default slug (the folder's name) was there first.
                var ordered = group.OrderBy(c => c.Configured is null ? 0 : 1).ThenBy(c => c.Configured?.Line).ThenBy(c => c.Configured?.Column).ToList();
                var first = ordered[0];
                foreach (var other in ordered.Skip(1))
                {
                    var url = $"{language.Code}/{other.Slug}/";
                    diagnostics.Error(DiagnosticCodes.DuplicateUrl, other.Configured ?? first.Configured ?? other.Origin,
                        $"in '{language.Code}', {first.Name} ({first.Configured ?? first.Origin}) and {other.Name} ({other.Configured ?? other.Origin}) both have the URL {url}",
                        $"give each its own slug under 'sections:' of the language '{language.Code}' in site.yml");
                    if (other.List is not null)
                    {
                        reported.Add(other.List);
                    }
                }
            }
        }

        return reported;
    }

    private static SectionClaim Claim(LanguageConfig language, string name, string key, SourceLocation origin, Page? list) =>
        new(name, language.SlugFor(key), Configured(language, key), origin, list);

    private static SourceLocation? Configured(LanguageConfig language, string key) =>
        language.SectionSlugPositions.TryGetValue(key, out var at) ? new SourceLocation(SiteConfig.FileName, at.Line, at.Column) : null;

    /// <summary>Where a section's list comes from when it has no <c>_index</c> file: its slug in site.yml, else its folder.</summary>
    private static SourceLocation SectionOrigin(LanguageConfig language, string section, List<SourceDocument> documents, bool hasSchedule) =>
        Configured(language, section)
        ?? (documents.Any(d => d.File.Section == section) ? new SourceLocation($"content/{section}/")
            : hasSchedule && section == ProgrammeSection ? new SourceLocation("data/schedule.yml") : new SourceLocation(SiteConfig.FileName));
}
