using System.Text;
using StaticEvent.Rendering;
using StaticEvent.Text;

namespace StaticEvent.Preview;

/// <summary>
/// The server's own page for when the site has none to show: a 404 on a site without
/// <c>404.html</c>, or anything at all before the first good build, with that build's errors.
/// It carries the live-reload script like every served page, so it turns into the site as soon
/// as the site builds.
/// </summary>
internal static class FallbackPage
{
    /// <summary>The page's HTML (without the live-reload script, which the server adds).</summary>
    public static byte[] Render(PreviewState state, int statusCode)
    {
        ArgumentNullException.ThrowIfNull(state);
        var title = state.Version == 0
            ? (state.IsFailing ? "The site does not build yet" : "The site is being built")
            : "Page not found";
        var html = new StringBuilder(1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(statusCode).Append(' ').Append(title).Append(" – StaticEvent preview</title>\n</head>\n<body>\n<h1>")
            .Append(title).Append("</h1>\n");
        if (state.IsFailing)
        {
            html.Append("<ul>\n");
            foreach (var error in state.Errors)
            {
                html.Append("<li><code>").Append(HtmlText.Escape(error.ToString())).Append("</code></li>\n");
            }

            html.Append("</ul>\n<p>Fix the files above; this page reloads by itself.</p>\n");
        }

        html.Append("<p><a href=\"").Append(HtmlText.Escape(state.BasePath)).Append("\">Home</a> · <a href=\"")
            .Append(ReviewPage.Path).Append("\">Review</a></p>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
