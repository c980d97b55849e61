namespace StaticEvent.Model;

/// <summary>
/// The scheme of a link as a browser reads it, and whether the site may link with it: http(s),
/// mailto and tel only. Markdig does not filter <c>javascript:</c> links (Equibles#703), and a
/// menu URL from site.yml goes into an href the same way.
/// </summary>
internal static class LinkScheme
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };
    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    /// <summary>
    /// The scheme, read the way browsers do (WHATWG URL parsing): leading C0 controls and spaces
    /// are dropped and tabs and line breaks removed everywhere, so "java&amp;#x09;script:" is
    /// javascript:. Null for a path or a fragment.
    /// </summary>
    public static string? Of(string url)
    {
        var trimmed = string.Concat(url.Where(c => c is not ('\t' or '\n' or '\r'))).TrimStart(ControlsAndSpace);
        var colon = trimmed.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var candidate = trimmed[..colon];
        return candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(candidate[0]) ? candidate : null;
    }

    /// <summary>The scheme of <paramref name="url"/> when the site must not link with it, else null.</summary>
    public static string? Forbidden(string url) => Of(url) is { } scheme && !Allowed.Contains(scheme) ? scheme : null;
}
