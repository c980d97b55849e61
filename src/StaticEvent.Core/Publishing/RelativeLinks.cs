using System.Text.RegularExpressions;

namespace StaticEvent.Publishing;

/// <summary>
/// <c>build --relative</c>: rewrites the site's own links in HTML and CSS so that the output works
/// opened from a folder (<c>file://</c>), with no server: <c>/fr/actualites/</c> in
/// <c>fr/programme/index.html</c> becomes <c>../actualites/index.html</c>. Canonical and
/// alternate links (hreflang, feeds) stay absolute, or become so: they name the public site.
/// </summary>
internal sealed partial class RelativeLinks
{
    private readonly string _basePath;
    private readonly string _origin;

    /// <param name="baseUrl">The site's base URL, ending with <c>/</c>.</param>
    public RelativeLinks(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        _basePath = baseUrl.AbsolutePath;
        _origin = baseUrl.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>The HTML of the file at <paramref name="path"/> with its internal links relative.</summary>
    public string RewriteHtml(string path, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var up = Up(path);
        return Tag().Replace(html, tag =>
        {
            var text = tag.Value;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (name == "link" && RelKeepsAbsolute().IsMatch(text))
            {
                // Canonical, hreflang and feed links name the public site: absolute, never relative.
                return Attribute().Replace(text, a => a.Groups["attr"].Value.Equals("href", StringComparison.OrdinalIgnoreCase) ? Replace(a, Absolute) : a.Value);
            }

            var refresh = name == "meta" && RefreshMeta().IsMatch(text);
            return Attribute().Replace(text, a => a.Groups["attr"].Value.ToLowerInvariant() switch
            {
                "href" or "src" or "action" or "poster" or "data" => Replace(a, url => Relative(url, up)),
                "srcset" => Replace(a, set => string.Join(", ", set.Split(',').Select(c => c.Trim()).Select(c =>
                {
                    var space = c.IndexOf(' ');
                    return space < 0 ? Relative(c, up) : Relative(c[..space], up) + c[space..];
                }))),
                "content" when refresh => Replace(a, c => RefreshUrl().Replace(c, m => m.Groups[1].Value + Relative(m.Groups[2].Value, up))),
                _ => a.Value,
            });
        });
    }

    /// <summary>The stylesheet at <paramref name="path"/> with <c>url(/…)</c> relative.</summary>
    public string RewriteCss(string path, string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        var up = Up(path);
        return CssUrl().Replace(css, m => $"url({m.Groups[1].Value}{Relative(m.Groups[2].Value, up)}{m.Groups[1].Value})");
    }

    /// <summary>A link from a file <paramref name="up"/> folders below the root; anything not of this site is left as it is.</summary>
    internal string Relative(string url, string up)
    {
        string rest;
        if (url.StartsWith(_origin + _basePath, StringComparison.Ordinal))
        {
            rest = url[(_origin + _basePath).Length..];
        }
        else if (url.StartsWith(_basePath, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal))
        {
            rest = url[_basePath.Length..];
        }
        else
        {
            return url;
        }

        var cut = rest.IndexOfAny(['?', '#']);
        var (target, tail) = cut < 0 ? (rest, string.Empty) : (rest[..cut], rest[cut..]);
        if (target.Length == 0 || target.EndsWith('/'))
        {
            target += "index.html";
        }

        return up + target + tail;
    }

    private string Absolute(string url) =>
        url.StartsWith(_basePath, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) ? _origin + url : url;

    private static string Up(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));

    private static string Replace(Match attribute, Func<string, string> rewrite)
    {
        var value = attribute.Groups["value"];
        var text = attribute.Value;
        var start = value.Index - attribute.Index;
        // Values are HTML-escaped; the parts rewritten (paths) hold no entity that matters here.
        return string.Concat(text.AsSpan(0, start), rewrite(value.Value), text.AsSpan(start + value.Length));
    }

    [GeneratedRegex("""<(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*/?>""")]
    private static partial Regex Tag();

    [GeneratedRegex("""(?<=\s)(?<attr>[a-zA-Z-]+)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""")]
    private static partial Regex Attribute();

    [GeneratedRegex("""\srel\s*=\s*["']?[^"'>]*\b(canonical|alternate)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex RelKeepsAbsolute();

    [GeneratedRegex("""http-equiv\s*=\s*["']?refresh""", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshMeta();

    [GeneratedRegex("""(;\s*url=)(\S+)""", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshUrl();

    [GeneratedRegex("""url\(\s*(["']?)(/[^"')]*)\1\s*\)""")]
    private static partial Regex CssUrl();
}
