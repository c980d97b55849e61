namespace StaticEvent.Configuration;

/// <summary>
/// One menu entry. <see cref="Ref"/> names a page by its source path under <c>content/</c>
/// (<c>about</c>, <c>news</c>); its title and URL then come from that page in each language.
/// </summary>
internal sealed class MenuItemConfig
{
    public string? Ref { get; init; }

    public string? Url { get; init; }

    public IReadOnlyDictionary<string, string>? Name { get; init; }

    /// <summary>A line under the name where the theme shows one (the default theme's home page cards).</summary>
    public IReadOnlyDictionary<string, string>? Description { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }
}
