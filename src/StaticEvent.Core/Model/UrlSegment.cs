using System.Globalization;
using System.Text;

namespace StaticEvent.Model;

/// <summary>
/// What may stand between two slashes of a URL we write to disk. Anything that could leave the
/// output folder or trip a file system (<c>..</c>, separators, reserved Windows names, a trailing
/// dot) is refused, so output paths built from slugs are safe by construction.
/// </summary>
public static class UrlSegment
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    public static bool IsValid(string segment)
    {
        if (segment.Length is 0 or > 200 || segment is "." or ".." || segment.EndsWith('.') || segment.EndsWith(' ') || segment.StartsWith(' '))
        {
            return false;
        }

        var stem = segment.Split('.')[0];
        if (Reserved.Contains(stem))
        {
            return false;
        }

        foreach (var c in segment)
        {
            if (char.IsControl(c) || c is '/' or '\\' or '?' or '#' or '%' or ':' or '*' or '"' or '<' or '>' or '|' || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return segment.IsNormalized(NormalizationForm.FormC);
    }

    /// <summary>
    /// A readable slug for a title or tag: lowercase, accents off Latin letters, words joined with
    /// hyphens; letters of other scripts (Arabic) are kept. Culture-free (no Turkish-i surprises).
    /// </summary>
    public static string Slugify(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString().Normalize(NormalizationForm.FormC);
        return IsValid(slug) ? slug : "-" + slug;
    }
}
