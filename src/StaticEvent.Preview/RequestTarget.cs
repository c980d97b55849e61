using System.Text.RegularExpressions;

namespace StaticEvent.Preview;

/// <summary>
/// Checks a request target before anything looks it up: the path as the client sent it, since
/// Kestrel has already decoded and normalized <c>Request.Path</c> (<c>/a/../b</c> becomes
/// <c>/b</c>). Dot segments, encoded dots, slashes and backslashes, raw backslashes, NUL and
/// control characters, empty segments (<c>//etc/passwd</c>), drive letters and absolute-form
/// targets are refused (400). Whatever passes is only ever a key in the in-memory snapshot, so
/// nothing on disk can be reached either way; this refuses the attempt before it gets that far.
/// </summary>
internal static partial class RequestTarget
{
    /// <summary>True when the raw request target (path and query, as sent) is one the server accepts.</summary>
    public static bool IsAcceptable(string? rawTarget)
    {
        if (string.IsNullOrEmpty(rawTarget) || rawTarget[0] != '/')
        {
            return false; // absolute-form (http://host/…), authority-form, asterisk-form
        }

        var query = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? rawTarget : rawTarget[..query];
        if (path.Contains('\\', StringComparison.Ordinal)
            || path.Contains("//", StringComparison.Ordinal)
            || ForbiddenEscape().IsMatch(path)
            || path.Any(c => char.IsControl(c)))
        {
            return false;
        }

        var segments = path.Split('/');
        if (segments.Length > 1 && DriveLetter().IsMatch(Uri.UnescapeDataString(segments[1])))
        {
            return false;
        }

        foreach (var segment in segments)
        {
            var decoded = Uri.UnescapeDataString(segment);
            if (decoded is "." or ".." || decoded.Any(c => char.IsControl(c) || c == '\\'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where a decoded request path (<c>/fr/actualites/</c>) points in the snapshot, relative to the
    /// site's base path (<c>fr/actualites/</c>); null when it is outside the base path.
    /// </summary>
    public static string? RelativeToBase(string path, string basePath)
    {
        if (basePath == "/")
        {
            return path.TrimStart('/');
        }

        if (path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return path[basePath.Length..];
        }

        return null;
    }

    /// <summary>The language prefix of a site-relative path (<c>fr/x/</c> → <c>fr</c>), or null.</summary>
    public static string? FirstSegment(string relative)
    {
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? relative[..slash] : null;
    }

    // %2e (.), %2f (/), %5c (\), %00 and other encoded control characters, in any case.
    [GeneratedRegex("%(2e|2f|5c|[01][0-9a-f]|7f)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForbiddenEscape();

    [GeneratedRegex("^[A-Za-z]:")]
    private static partial Regex DriveLetter();
}
