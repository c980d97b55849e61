using System.Globalization;
using StaticEvent.Text;

namespace StaticEvent.Model;

/// <summary>
/// Permalink patterns such as <c>:section/:year/:slug/</c>, expanded per page. The language prefix
/// and the base path are added around the result, never by the pattern.
/// </summary>
internal static class PermalinkPattern
{
    public static readonly IReadOnlyList<string> Tokens = [":section", ":slug", ":name", ":year", ":month", ":day"];

    public const string Default = ":section/:slug/";

    /// <summary>Returns a problem description, or null when the pattern is usable.</summary>
    public static string? Validate(string pattern)
    {
        if (!pattern.EndsWith('/'))
        {
            return "it must end with '/' (pretty URLs)";
        }

        if (!pattern.Contains(":slug", StringComparison.Ordinal) && !pattern.Contains(":name", StringComparison.Ordinal))
        {
            return "it must contain :slug or :name, or every page would share one URL";
        }

        foreach (var segment in pattern.TrimEnd('/').Split('/'))
        {
            var literal = segment;
            foreach (var token in Tokens.OrderByDescending(t => t.Length))
            {
                literal = literal.Replace(token, "x", StringComparison.Ordinal);
            }

            if (literal.Contains(':') || !UrlSegment.IsValid(literal))
            {
                return $"'{segment}' is not a valid segment";
            }
        }

        return null;
    }

    public static string Expand(string pattern, string sectionSlug, string slug, string name, DateTimeOffset? date)
    {
        var d = date ?? DateTimeOffset.UnixEpoch;
        return pattern
            .Replace(":section", sectionSlug, StringComparison.Ordinal)
            .Replace(":slug", slug, StringComparison.Ordinal)
            .Replace(":name", name, StringComparison.Ordinal)
            .Replace(":year", d.Year.ToString("0000", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":month", d.Month.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":day", d.Day.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .TrimStart('/');
    }
}
