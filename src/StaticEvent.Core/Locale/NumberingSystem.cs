namespace StaticEvent.Locale;

/// <summary>
/// One CLDR numbering system as a locale uses it: its ten digits, separators and grouping
/// (3 then 3 for <c>#,##0</c>; 3 then 2 for the Indian <c>#,##,##0</c>).
/// </summary>
internal sealed record NumberingSystem(string Name, string Digits, string Decimal, string Group, string Minus, int PrimaryGroup, int SecondaryGroup)
{
    public bool IsLatin => Digits == "0123456789";

    /// <summary>ASCII digits replaced by this system's; anything else is kept.</summary>
    public string Transliterate(string ascii)
    {
        if (IsLatin)
        {
            return ascii;
        }

        return string.Create(ascii.Length, (ascii, Digits), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.ascii[i];
                span[i] = c is >= '0' and <= '9' ? state.Digits[c - '0'] : c;
            }
        });
    }
}
