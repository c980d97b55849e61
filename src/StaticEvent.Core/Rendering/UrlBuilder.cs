using System.Text;
using StaticEvent.Configuration;

namespace StaticEvent.Rendering;

/// <summary>
/// Makes every URL the site prints, from a path below the base URL. Links are root-relative and
/// carry the base path (<c>/ga93/fr/…</c>), so the site works under any path; non-ASCII
/// characters are percent-encoded so every link means the same to every client.
/// </summary>
internal sealed class UrlBuilder(SiteConfig config)
{
    public string BasePath { get; } = config.BasePath;

    public Uri BaseUrl { get; } = config.BaseUrl;

    /// <summary><c>fr/actualites/</c> → <c>/ga93/fr/actualites/</c>.</summary>
    public string Path(string relativeUrl) => BasePath + Encode(relativeUrl.TrimStart('/'));

    /// <summary><c>fr/actualites/</c> → <c>https://example.org/ga93/fr/actualites/</c>.</summary>
    public string Absolute(string relativeUrl) => BaseUrl.GetLeftPart(UriPartial.Authority) + Path(relativeUrl);

    public static string Encode(string path)
    {
        var needs = false;
        foreach (var c in path)
        {
            if (c > 0x7E || c <= 0x20 || c is '"' or '<' or '>' or '`' or '{' or '}' or '|' or '\\' or '^' or '%')
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return path;
        }

        var builder = new StringBuilder(path.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            var c = (char)b;
            if (b > 0x7E || b <= 0x20 || c is '"' or '<' or '>' or '`' or '{' or '}' or '|' or '\\' or '^' or '%')
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
