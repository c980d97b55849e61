namespace StaticEvent.Discovery;

/// <summary>
/// Reads the language from a file name: <c>about.fr.md</c> is French, <c>about.md</c> belongs to
/// the default language. A suffix that looks like a language but is not configured is reported
/// rather than silently taken as part of the name.
/// </summary>
internal static class LanguageResolver
{
    /// <summary>Splits <c>name.lang.md</c>; returns false with the unknown code when the suffix is not a site language.</summary>
    public static bool TryResolve(string fileName, IReadOnlyCollection<string> languages, string defaultLanguage, out string name, out string language)
    {
        var stem = fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        var dot = stem.LastIndexOf('.');
        if (dot > 0)
        {
            var suffix = stem[(dot + 1)..];
            if (languages.Contains(suffix))
            {
                name = stem[..dot];
                language = suffix;
                return true;
            }

            if (LooksLikeLanguage(suffix))
            {
                name = stem[..dot];
                language = suffix;
                return false;
            }
        }

        name = stem;
        language = defaultLanguage;
        return true;
    }

    private static bool LooksLikeLanguage(string suffix) =>
        suffix.Length is 2 or 3 && suffix.All(char.IsAsciiLetterLower)
        || (suffix.Length == 5 && suffix[2] == '-' && char.IsAsciiLetterLower(suffix[0]) && char.IsAsciiLetterLower(suffix[1]));
}
