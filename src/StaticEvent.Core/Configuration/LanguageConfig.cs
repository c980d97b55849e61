using System.Globalization;
using StaticEvent.Locale;

namespace StaticEvent.Configuration;

/// <summary>One language of the site, as configured in <c>site.yml</c>.</summary>
internal sealed class LanguageConfig
{
    private readonly string? _locale;

    public required string Code { get; init; }

    /// <summary>The language's own name for itself, shown in the language switcher.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The .NET culture (Gregorian calendar), for <c>t</c>'s arguments and <c>lang.culture</c>. Dates,
    /// times and numbers come from CLDR through <see cref="Locale"/>, so they are the same on every OS.
    /// </summary>
    public required CultureInfo Culture { get; init; }

    /// <summary>
    /// The BCP 47 tag CLDR data is looked up with: <c>culture</c> as written in site.yml, else the
    /// code. ar-MA, not ar, so Moroccan month names and Latin digits.
    /// </summary>
    public string Locale
    {
        get => _locale ?? Culture.Name;
        init => _locale = value;
    }

    /// <summary>The digits of dates, times and numbers on this language's pages (<c>digits:</c>; default: CLDR's for the locale).</summary>
    public DigitStyle Digits { get; init; }

    public bool IsRightToLeft { get; init; }

    public string Direction => IsRightToLeft ? "rtl" : "ltr";

    public required string Title { get; init; }

    public string Description { get; init; } = string.Empty;

    /// <summary>Section key (the folder under <c>content/</c>) to its URL slug in this language.</summary>
    public IReadOnlyDictionary<string, string> SectionSlugs { get; init; } = new Dictionary<string, string>();

    /// <summary>Where each of <see cref="SectionSlugs"/> is written in <c>site.yml</c>, for errors about a slug.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> SectionSlugPositions { get; init; } = new Dictionary<string, (int Line, int Column)>();

    public string SlugFor(string section) => SectionSlugs.TryGetValue(section, out var slug) ? slug : section;
}
