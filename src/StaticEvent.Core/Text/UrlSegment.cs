using System.Text;

namespace StaticEvent.Text;

/// <summary>
/// What may stand between two slashes of a URL we write to disk. Anything that could leave the
/// output folder or trip a file system (<c>..</c>, separators, reserved Windows names, a trailing
/// dot) is refused, so output paths built from slugs are safe by construction.
/// </summary>
internal static class UrlSegment
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
    /// A readable slug for a title or tag in <paramref name="language"/>: NFC, lowercase
    /// (culture-free, no Turkish-i surprises), words joined with hyphens. Latin letters lose their
    /// accents (é→e, ø→o, æ→ae) or follow the language's usual transliteration
    /// (<see cref="SlugTransliteration"/>: German ü→ue); the letters and marks of every other
    /// script are kept as written (バス and パス stay two words). Example:
    /// <c>Slugify("Sécurité publique", "fr")</c> is <c>securite-publique</c>.
    /// </summary>
    /// <param name="text">The title or tag.</param>
    /// <param name="language">The site language code (de, de-AT, ja…), or null for a language-neutral slug (ids).</param>
    public static string Slugify(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = SlugWriter.Write(text, language, keepSymbols: false);
        return IsValid(slug) ? slug : "-" + slug;
    }
}
