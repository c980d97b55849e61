using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Parsing;
using StaticEvent.Programme;

namespace StaticEvent.Model;

/// <summary>
/// One page of one language. Built by the assembler, read-only for renderers (which may run on
/// several threads at once), so everything a template sees is fixed before rendering starts.
/// </summary>
internal sealed class Page
{
    public required PageKind Kind { get; init; }

    /// <summary>The language of the page; null only for the root language chooser.</summary>
    public LanguageConfig? Language { get; init; }

    /// <summary>The parsed source file, or null for pages the build makes (tag lists, 404, generated sections).</summary>
    public SourceDocument? Source { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The section key (folder under <c>content/</c>), empty at the top.</summary>
    public string Section { get; init; } = string.Empty;

    /// <summary>Pages sharing this key in different languages are translations of one another.</summary>
    public required string TranslationKey { get; init; }

    /// <summary>The path below the base URL, e.g. <c>fr/actualites/ouverture/</c>, or <c>fr/404.html</c>.</summary>
    public required string RelativeUrl { get; init; }

    /// <summary>The file written for the page, relative to the output folder.</summary>
    public string OutputPath => RelativeUrl.Length == 0 || RelativeUrl.EndsWith('/') ? RelativeUrl + "index.html" : RelativeUrl;

    public DateTimeOffset? Date => Source?.FrontMatter.Date;

    public DateTimeOffset? Updated => Source?.FrontMatter.Updated ?? Date;

    public int Weight => Source?.FrontMatter.Weight ?? 0;

    public bool IsDraft => Source?.FrontMatter.Draft ?? false;

    /// <summary>The session a session page shows.</summary>
    public Session? Session { get; init; }

    /// <summary>The person a speaker page shows.</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>The tag a tag page lists.</summary>
    public string? Tag { get; init; }

    /// <summary>The same page in the site's other languages, in the order of <c>site.yml</c>.</summary>
    public List<Page> Translations { get; } = [];

    /// <summary>The pages a list shows (a section's articles, a tag's pages, a home's latest), newest first.</summary>
    public List<Page> Children { get; } = [];

    /// <summary>The list this page belongs to (its section or home), for breadcrumbs.</summary>
    public Page? Parent { get; set; }

    /// <summary>What makes a generated page, for errors: a tag's first use, a section's slug in site.yml.</summary>
    public SourceLocation? Origin { get; init; }

    public SourceLocation Location => Source is null ? Origin ?? new SourceLocation("(generated)") : new SourceLocation(Source.File.SourcePath, Source.FrontMatter.Line, 1);

    /// <summary>The source file, or for generated pages the output file followed by "(generated)".</summary>
    public string SourcePath => Source?.File.SourcePath ?? $"{OutputPath} (generated)";

    public bool IsList => Kind is PageKind.Home or PageKind.Section or PageKind.Tag;

    public override string ToString() => $"{Kind} {RelativeUrl}";
}
