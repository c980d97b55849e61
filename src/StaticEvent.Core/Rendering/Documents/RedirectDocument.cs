using StaticEvent.Model;
using StaticEvent.Text;

namespace StaticEvent.Rendering.Documents;

/// <summary>
/// A page at an old address (<c>aliases</c>) that sends visitors and search engines to the new one:
/// an immediate refresh, a canonical link, and a plain link for anyone without either.
/// </summary>
internal static class RedirectDocument
{
    public static RenderedFile Render(RedirectPage redirect, UrlBuilder urls)
    {
        var target = HtmlText.Escape(urls.Absolute(redirect.Target.RelativeUrl));
        var title = HtmlText.Escape(redirect.Target.Title);
        var language = redirect.Target.Language;
        var html = $"""
            <!DOCTYPE html>
            <html lang="{language?.Code}" dir="{language?.Direction}">
            <head>
            <meta charset="utf-8">
            <title>{title}</title>
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={target}">
            <link rel="canonical" href="{target}">
            </head>
            <body>
            <p><a href="{target}">{title}</a></p>
            </body>
            </html>

            """;
        return new RenderedFile(redirect.OutputPath, html);
    }
}
