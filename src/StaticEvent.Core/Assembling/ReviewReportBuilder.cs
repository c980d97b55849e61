using StaticEvent.Model;

namespace StaticEvent.Assembling;

/// <summary>Builds the reviewer's report from an assembled site (drafts, future pages, translations to do).</summary>
internal static class ReviewReportBuilder
{
    public static ReviewReport Build(SiteModel site, DateTimeOffset now, Func<Page, string> url)
    {
        var pages = site.Languages.SelectMany(l => l.Pages).Where(p => p.Source is not null).ToList();
        var drafts = pages
            .Where(p => p.IsDraft || p.Date > now)
            .Select(p => Item(p, url, p.IsDraft ? "draft" : $"future: {p.Date:yyyy-MM-dd HH:mm}"))
            .ToList();
        var findings = TranslationReport.Find(site.Languages, site.Config);
        var missing = findings.Where(f => f.Translation is null)
            .Select(f => Item(f.Original, url, "missing: " + string.Join(", ", f.Missing)))
            .ToList();
        var outdated = findings.Where(f => f.Translation is not null)
            .Select(f => Item(f.Translation!, url, $"older than {f.Original.SourcePath}"))
            .ToList();
        return new ReviewReport(drafts, missing, outdated);
    }

    private static ReviewItem Item(Page page, Func<Page, string> url, string note) =>
        new(page.Title, url(page), page.SourcePath, page.Language?.Code ?? string.Empty, note);
}
