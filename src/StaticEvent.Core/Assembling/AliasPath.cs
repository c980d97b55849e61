using System.Text;

namespace StaticEvent.Assembling;

/// <summary>
/// Reads an alias as the address a visitor used. On a site below a path (baseUrl
/// <c>https://example.org/ga93/</c>) editors copy old addresses whole, so <c>/ga93/old-page/</c> and
/// <c>https://example.org/ga93/old-page/</c> both mean the site's <c>old-page/</c>, never
/// <c>/ga93/ga93/old-page/</c>; <c>/old-page/</c> keeps meaning the same place below the base path.
/// An address on another host, or outside the base path, is no file this build can write.
/// </summary>
internal static class AliasPath
{
    /// <summary>The path below the base URL (as <see cref="OutputPaths.Normalize"/> gives it), or null with what is wrong ("is on another host…").</summary>
    public static string? Resolve(string alias, Uri baseUrl, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(baseUrl);
        problem = null;
        var basePath = Uri.UnescapeDataString(baseUrl.AbsolutePath).Normalize(NormalizationForm.FormC);
        var path = alias;
        if (IsAbsoluteUrl(alias, out var url))
        {
            if (!string.Equals(url.IdnHost, baseUrl.IdnHost, StringComparison.OrdinalIgnoreCase) || url.Port != baseUrl.Port && !url.IsDefaultPort)
            {
                problem = $"is on another host ({url.Authority}); a redirect page can only be written on {baseUrl.Authority}";
                return null;
            }

            if (url.Query.Length > 0 || url.Fragment.Length > 0)
            {
                problem = "has a query or a fragment (? or #), which no file can answer";
                return null;
            }

            path = Uri.UnescapeDataString(url.AbsolutePath).Normalize(NormalizationForm.FormC);
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                problem = $"is outside the site, which starts at {baseUrl.AbsoluteUri}";
                return null;
            }
        }

        if (basePath.Length > 1 && (path.StartsWith(basePath, StringComparison.Ordinal) || path == basePath[..^1]))
        {
            path = "/" + path[Math.Min(basePath.Length, path.Length)..];
        }

        var normalized = OutputPaths.Normalize(path);
        if (normalized is null)
        {
            problem = "is not a usable path inside the site";
        }

        return normalized;
    }

    private static bool IsAbsoluteUrl(string alias, out Uri url)
    {
        url = null!;
        return alias.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(alias, UriKind.Absolute, out url!) && url.Scheme is "http" or "https";
    }
}
