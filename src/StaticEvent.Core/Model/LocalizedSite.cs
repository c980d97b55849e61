using StaticEvent.Configuration;

namespace StaticEvent.Model;

/// <summary>Everything of one language: its home, sections, pages, tags and 404.</summary>
public sealed class LocalizedSite
{
    public required LanguageConfig Language { get; init; }

    public required Page Home { get; init; }

    public required Page NotFound { get; init; }

    /// <summary>Every page of the language, lists included, in a stable order.</summary>
    public List<Page> Pages { get; } = [];

    /// <summary>Section key to section page.</summary>
    public Dictionary<string, Page> Sections { get; } = new(StringComparer.Ordinal);

    /// <summary>The programme page, when the site has a schedule.</summary>
    public Page? Programme { get; set; }

    /// <summary>Session pages by session id, and speaker pages by person id.</summary>
    public Dictionary<string, Page> Sessions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Page> Speakers { get; } = new(StringComparer.Ordinal);

    /// <summary>Tag pages, by tag name order.</summary>
    public List<Page> Tags { get; } = [];

    /// <summary>Resolved menus of this language, by menu name.</summary>
    public Dictionary<string, IReadOnlyList<MenuEntry>> Menus { get; } = new(StringComparer.Ordinal);
}
