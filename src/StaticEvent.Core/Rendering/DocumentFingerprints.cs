using System.Security.Cryptography;
using System.Text;
using StaticEvent.Model;
using StaticEvent.Rendering.Documents;
using StaticEvent.Rendering.Markdown;

namespace StaticEvent.Rendering;

/// <summary>
/// A hash of exactly what each site document reads (sitemap, robots.txt, feeds, schedule exports,
/// redirects), on top of the site-wide inputs (config, theme, data, options, the build's date),
/// so that the preview writes a document's previous bytes again while nothing it shows changed.
/// </summary>
public sealed class DocumentFingerprints
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
    public string Robots() => Hash(new StringBuilder("robots"));

    /// <summary>Every page's URL, date of change and translations (the rest comes from site.yml).</summary>
    public string Sitemap()
    {
        var text = new StringBuilder("sitemap\n");
        foreach (var page in _site.Languages.SelectMany(l => l.Pages))
        {
            text.Append(page.Kind == PageKind.NotFound ? '-' : '+').Append(page.RelativeUrl).Append('|').Append(page.Updated?.ToString("O")).Append('|');
            foreach (var translation in page.Translations)
            {
                text.Append(translation.Language?.Code).Append('=').Append(translation.RelativeUrl).Append(',');
            }

            text.Append('\n');
        }

        return Hash(text);
    }

    /// <summary>The feed's entries: the newest articles' URLs, titles, dates, authors, summaries and HTML.</summary>
    public string Feed(LocalizedSite localized)
    {
        var text = new StringBuilder("feed|").Append(localized.Language.Code).Append('|').Append(localized.Home.RelativeUrl).Append('\n');
        foreach (var article in localized.Home.Children.Take(AtomFeedDocument.MaxEntries))
        {
            var rendered = _markdown.Render(article);
            text.Append(article.RelativeUrl).Append('|').Append(article.Title).Append('|').Append(article.Date?.ToString("O")).Append('|')
                .Append(article.Updated?.ToString("O")).Append('|').Append(article.Source?.FrontMatter.Author).Append('|')
                .Append(rendered.Summary.Length).Append(':').Append(rendered.Summary).Append('|')
                .Append(rendered.Html.Value.Length).Append(':').Append(rendered.Html.Value).Append('\n');
        }

        return Hash(text);
    }

    /// <summary>The schedule comes from data/ (site-wide); the exports also link to the programme and session pages.</summary>
    public string ScheduleExports()
    {
        var text = new StringBuilder("schedule\n");
        foreach (var localized in _site.Languages)
        {
            text.Append(localized.Language.Code).Append('|').Append(localized.Programme?.RelativeUrl).Append('\n');
            foreach (var (id, session) in localized.Sessions.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                text.Append(id).Append('=').Append(session.RelativeUrl).Append('\n');
            }
        }

        return Hash(text);
    }

    /// <summary>A redirect shows its target's URL, title and language.</summary>
    public string Redirect(RedirectPage redirect) => Hash(new StringBuilder("redirect|").Append(redirect.OutputPath).Append('|')
        .Append(redirect.Target.RelativeUrl).Append('|').Append(redirect.Target.Title).Append('|')
        .Append(redirect.Target.Language?.Code).Append('|').Append(redirect.Target.Language?.Direction));

    private string Hash(StringBuilder text)
    {
        text.Append('\n').Append(_siteWide);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
