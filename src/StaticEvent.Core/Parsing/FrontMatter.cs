using StaticEvent.Yaml;

namespace StaticEvent.Parsing;

/// <summary>The typed front matter of a page (SPEC §4). Keys we do not know stay in <see cref="Params"/>.</summary>
internal sealed record FrontMatter
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset? Date { get; init; }

    public DateTimeOffset? Updated { get; init; }

    public string? Slug { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where each of <see cref="Tags"/> is written (same order), for errors about a tag.</summary>
    public IReadOnlyList<(int Line, int Column)> TagPositions { get; init; } = [];

    public string? Author { get; init; }

    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    public bool Draft { get; init; }

    public int Weight { get; init; }

    public string? Layout { get; init; }

    /// <summary>Where the <c>layout</c> value sits, for a layout that does not exist.</summary>
    public (int Line, int Column) LayoutPosition { get; init; }

    /// <summary>Old addresses that redirect here, each with its place in the file for errors.</summary>
    public IReadOnlyList<DataScalar> Aliases { get; init; } = [];

    public string? TranslationKey { get; init; }

    /// <summary>Every key not listed above, for templates (<c>page.params.x</c>).</summary>
    public IReadOnlyList<KeyValuePair<DataScalar, DataNode>> Params { get; init; } = [];

    /// <summary>Where the front matter starts, for errors about the page as a whole.</summary>
    public int Line { get; init; } = 1;
}
