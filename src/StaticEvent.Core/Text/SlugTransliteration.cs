namespace StaticEvent.Text;

/// <summary>
/// Where a language has its own usual way of writing its letters in plain ASCII, slugs follow it
/// instead of only dropping the accent: German writes <c>ü</c> as <c>ue</c> (Müller → mueller),
/// Danish <c>ø</c> as <c>oe</c>. Chosen by the primary subtag, so de-AT and de-CH share de's table.
/// Languages not listed use the general folding of <see cref="LatinFolding"/>, which is what their
/// URLs usually show (Swedish and Finnish å ä ö → a a o; Norwegian æ ø å → ae o a). Danish is listed
/// because ae oe aa is its own fallback spelling. docs/editors.md shows the same table.
/// </summary>
internal static class SlugTransliteration
{
    private static readonly Dictionary<string, IReadOnlyDictionary<int, string>> Tables = new(StringComparer.Ordinal)
    {
        ["de"] = new Dictionary<int, string> { ['ä'] = "ae", ['ö'] = "oe", ['ü'] = "ue", ['ß'] = "ss" },
        ["da"] = new Dictionary<int, string> { ['æ'] = "ae", ['ø'] = "oe", ['å'] = "aa" },
    };

    private static readonly IReadOnlyDictionary<int, string> None = new Dictionary<int, string>();

    /// <summary>The replacements of a language (lowercase letter to ASCII); empty for a language without one, or null.</summary>
    public static IReadOnlyDictionary<int, string> For(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return None;
        }

        var end = language.IndexOfAny(['-', '_']);
        var primary = (end < 0 ? language : language[..end]).ToLowerInvariant();
        return Tables.GetValueOrDefault(primary, None);
    }
}
