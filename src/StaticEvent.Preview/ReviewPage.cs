using System.Text;
using StaticEvent.Diagnostics;
using StaticEvent.Rendering;
using StaticEvent.Text;

namespace StaticEvent.Preview;

/// <summary>
/// The reviewer's page at <c>/_review/</c>, made by the server from the last build: drafts and
/// future pages, pages missing a translation, translations older than their source, each with a
/// link; the errors of the last build when it failed. Plain HTML of its own (not the theme's), so
/// it works whatever state the theme is in. Everything from the site is escaped.
/// </summary>
internal static class ReviewPage
{
    /// <summary>The page's path on the server.</summary>
    public const string Path = "/_review/";

    private const string Style = """
        body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#1d1d1f;background:#fff}
        h1{margin:.5rem 0}h2{margin-top:2rem;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;width:100%}th,td{text-align:start;padding:.35rem .5rem;border-bottom:1px solid #e3e3e3;vertical-align:top}
        code{font:14px ui-monospace,monospace}.none{color:#555}.errors{border:2px solid #b00020;padding:0 1rem 1rem;border-radius:6px}
        .errors h2{color:#b00020;border:0}.hint{margin:.2rem 0 0;color:#444}a{color:#0645ad}
        """;

    /// <summary>The page's HTML for <paramref name="state"/> (without the live-reload script, which the server adds).</summary>
    public static byte[] Render(PreviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Review – StaticEvent preview</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header><h1>Review</h1><p>What to check before publishing, from the last build; this page updates by itself. ")
            .Append("<a href=\"").Append(HtmlText.Escape(state.BasePath)).Append("\">Open the site</a></p></header>\n<main>\n");

        if (state.IsFailing)
        {
            html.Append("<section class=\"errors\" aria-labelledby=\"errors\">\n<h2 id=\"errors\">The last build failed: ")
                .Append(Count(state.Errors.Count, "error")).Append("</h2>\n<p>The pages shown are those of the last good build.</p>\n");
            AppendDiagnostics(html, state.Errors);
            html.Append("</section>\n");
        }

        Section(html, "drafts", "Drafts and future pages", "Shown in the preview only; left out of the published site.", state.Review.Drafts);
        Section(html, "missing", "Pages missing a translation", "The note lists the languages that have no version of the page.", state.Review.MissingTranslations);
        Section(html, "outdated", "Translations older than their source", "The source was updated after the translation.", state.Review.OutdatedTranslations);

        if (state.Warnings.Count > 0)
        {
            html.Append("<section aria-labelledby=\"warnings\">\n<h2 id=\"warnings\">Warnings (").Append(state.Warnings.Count).Append(")</h2>\n");
            AppendDiagnostics(html, state.Warnings);
            html.Append("</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void Section(StringBuilder html, string id, string title, string help, IReadOnlyList<ReviewItem> items)
    {
        html.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("\">")
            .Append(title).Append(" (").Append(items.Count).Append(")</h2>\n<p>").Append(help).Append("</p>\n");
        if (items.Count == 0)
        {
            html.Append("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<thead><tr><th scope=\"col\">Page</th><th scope=\"col\">Language</th><th scope=\"col\">Source file</th><th scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
        foreach (var item in items)
        {
            var name = HtmlText.Escape(item.Title.Length > 0 ? item.Title : item.SourcePath);
            var lang = HtmlText.Escape(item.Language);
            html.Append("<tr><td>");
            if (item.Url.StartsWith('/'))
            {
                html.Append("<a href=\"").Append(HtmlText.Escape(item.Url)).Append("\" lang=\"").Append(lang).Append("\" dir=\"auto\">").Append(name).Append("</a>");
            }
            else
            {
                html.Append("<span lang=\"").Append(lang).Append("\" dir=\"auto\">").Append(name).Append("</span>");
            }

            html.Append("</td><td>").Append(lang).Append("</td><td><code>").Append(HtmlText.Escape(item.SourcePath))
                .Append("</code></td><td>").Append(HtmlText.Escape(item.Note)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendDiagnostics(StringBuilder html, IReadOnlyList<Diagnostic> diagnostics)
    {
        html.Append("<ul>\n");
        foreach (var diagnostic in diagnostics)
        {
            html.Append("<li><code>").Append(HtmlText.Escape(diagnostic.Location.ToString())).Append("</code> <strong>")
                .Append(HtmlText.Escape(diagnostic.Code)).Append("</strong> ").Append(HtmlText.Escape(diagnostic.Message));
            if (diagnostic.Hint is not null)
            {
                html.Append("<p class=\"hint\">hint: ").Append(HtmlText.Escape(diagnostic.Hint)).Append("</p>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
