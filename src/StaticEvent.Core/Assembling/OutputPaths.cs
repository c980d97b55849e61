using StaticEvent.Model;
using StaticEvent.Text;

namespace StaticEvent.Assembling;

/// <summary>
/// The one check every written path goes through: a site-root-relative path whose every segment
/// is a safe <see cref="UrlSegment"/>. Nothing that fails it can leave the output folder.
/// </summary>
internal static class OutputPaths
{
    /// <summary>Normalizes <c>/fr/old/</c> or <c>fr/old.html</c> to <c>fr/old/</c> / <c>fr/old.html</c>; null when unsafe.</summary>
    public static string? Normalize(string path)
    {
        if (path.Length == 0 || path.Contains('\\') || path.Contains("//", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':'))
        {
            return null;
        }

        var trimmed = path.Trim('/');
        if (trimmed.Length == 0)
        {
            return null;
        }

        var segments = trimmed.Split('/');
        if (!segments.All(UrlSegment.IsValid))
        {
            return null;
        }

        return trimmed + (Path.HasExtension(segments[^1]) && !path.EndsWith('/') ? string.Empty : "/");
    }
}
