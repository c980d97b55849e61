namespace StaticEvent.Locale;

/// <summary>
/// The parts of a BCP 47 tag that locale lookup uses, in canonical casing: language lower,
/// script title (<c>Hant</c>), region upper (<c>TW</c>, <c>419</c>). Anything after the region
/// (variants, extensions) is kept as written, lowercased, in <see cref="Rest"/>.
/// </summary>
internal readonly record struct LanguageTag(string Language, string? Script, string? Region, string? Rest)
{
    public static LanguageTag Parse(string tag)
    {
        var parts = tag.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return new LanguageTag("und", null, null, null);
        }

        var language = parts[0].ToLowerInvariant();
        var index = 1;
        string? script = null;
        string? region = null;
        if (index < parts.Length && parts[index].Length == 4 && parts[index].All(char.IsAsciiLetter))
        {
            script = char.ToUpperInvariant(parts[index][0]) + parts[index][1..].ToLowerInvariant();
            index++;
        }

        if (index < parts.Length && IsRegion(parts[index]))
        {
            region = parts[index].ToUpperInvariant();
            index++;
        }

        var rest = index < parts.Length ? string.Join('-', parts[index..]).ToLowerInvariant() : null;
        return new LanguageTag(language, script, region, rest);
    }

    public LanguageTag WithScript(string? script) => this with { Script = script };

    public override string ToString()
    {
        var text = Language;
        if (Script is not null)
        {
            text += "-" + Script;
        }

        if (Region is not null)
        {
            text += "-" + Region;
        }

        return Rest is null ? text : text + "-" + Rest;
    }

    private static bool IsRegion(string part) =>
        (part.Length == 2 && part.All(char.IsAsciiLetter)) || (part.Length == 3 && part.All(char.IsAsciiDigit));
}
