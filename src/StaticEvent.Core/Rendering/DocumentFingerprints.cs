using StaticEvent.Model;
using StaticEvent.Rendering.Documents;
using StaticEvent.Rendering.Markup;

namespace StaticEvent.Rendering;

/// <summary>
/// A hash of exactly what each site document reads (sitemap, robots.txt, feeds, schedule exports,
/// redirects), on top of the site-wide inputs (config, theme, data, options, the build's date),
/// so that the preview writes a document's previous bytes again while nothing it shows changed.
/// </summary>
internal sealed class DocumentFingerprints
{
    private readonly SiteModel _site;
    private readonly MarkdownRenderer _markdown;
    private readonly string _siteWide;

    public DocumentFingerprints(SiteModel site, MarkdownRenderer markdown, string siteWide)
    {
        _site = site;
        _markdown = markdown;
        _siteWide = siteWide;
    }

    /// <summary>robots.txt shows only the base URL, which is in site.yml or the options.</summary>
    public string Robots() => Start("robots").Finish();

    /// <summary>Every page's URL, date of change and translations (the rest comes from site.yml).</summary>
    public string Sitemap()
    {
        var hash = Start("sitemap");
        foreach (var localized in _site.Languages)
        {
            hash.Add(localized.Pages.Count);
            foreach (var page in localized.Pages)
            {
                hash.Add(page.Kind == PageKind.NotFound).Add(page.RelativeUrl).Add(page.Updated).Add(page.Translations.Count);
                foreach (var translation in page.Translations)
                {
                    hash.Add(translation.Language?.Code).Add(translation.RelativeUrl);
                }
            }
        }

        return hash.Finish();
    }

    /// <summary>The feed's entries: the newest articles' URLs, titles, dates, authors, summaries and HTML.</summary>
    public string Feed(LocalizedSite localized)
    {
        var hash = Start("feed").Add(localized.Language.Code).Add(localized.Home.RelativeUrl);
        foreach (var article in localized.Home.Children.Take(AtomFeedDocument.MaxEntries))
        {
            var rendered = _markdown.Render(article);
            hash.Add(article.RelativeUrl).Add(article.Title).Add(article.Date).Add(article.Updated).Add(article.Source?.FrontMatter.Author)
                .Add(rendered.Summary).Add(rendered.Html.Value);
        }

        return hash.Finish();
    }

    /// <summary>The schedule comes from data/ (site-wide); the exports also link to the programme and session pages.</summary>
    public string ScheduleExports()
    {
        var hash = Start("schedule");
        foreach (var localized in _site.Languages)
        {
            hash.Add(localized.Language.Code).Add(localized.Programme?.RelativeUrl).Add(localized.Sessions.Count);
            foreach (var (id, session) in localized.Sessions.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                hash.Add(id).Add(session.RelativeUrl);
            }
        }

        return hash.Finish();
    }

    /// <summary>A redirect shows its target's URL, title and language.</summary>
    public string Redirect(RedirectPage redirect) => Start("redirect").Add(redirect.OutputPath)
        .Add(redirect.Target.RelativeUrl).Add(redirect.Target.Title)
        .Add(redirect.Target.Language?.Code).Add(redirect.Target.Language?.Direction).Finish();

    private HashWriter Start(string document) => HashWriter.Start().Add(_siteWide).Add(document);
}
