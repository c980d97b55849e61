using System.Globalization;

namespace StaticEvent.Configuration;

/// <summary>One language of the site, as configured in <c>site.yml</c>.</summary>
public sealed class LanguageConfig
{
    public required string Code { get; init; }

    /// <summary>The language's own name for itself, shown in the language switcher.</summary>
    public required string Name { get; init; }

    /// <summary>The culture for dates and numbers, always with the Gregorian calendar.</summary>
    public required CultureInfo Culture { get; init; }

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
