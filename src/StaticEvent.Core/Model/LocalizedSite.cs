using StaticEvent.Configuration;

namespace StaticEvent.Model;

/// <summary>Everything of one language: its home, sections, pages, tags and 404.</summary>
internal sealed class LocalizedSite
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

    private readonly Dictionary<string, Page> _tagsByIdentity = new(StringComparer.Ordinal);

    /// <summary>Tag pages, in slug order.</summary>
    public List<Page> Tags { get; } = [];

    /// <summary>The page of a tag as written in a page's front matter, found by <see cref="TagIdentity"/>.</summary>
    public Page? TagPage(string tag) => _tagsByIdentity.GetValueOrDefault(TagIdentity.Of(tag, Language.Code));

    /// <summary>Adds a tag page, reachable from every spelling (<see cref="TagIdentity"/> key) it lists.</summary>
    public void AddTag(Page page, IEnumerable<string> identities)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(identities);
        Tags.Add(page);
        Pages.Add(page);
        foreach (var identity in identities)
        {
            _tagsByIdentity[identity] = page;
        }
    }

    /// <summary>Resolved menus of this language, by menu name.</summary>
    public Dictionary<string, IReadOnlyList<MenuEntry>> Menus { get; } = new(StringComparer.Ordinal);
}
