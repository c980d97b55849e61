namespace StaticEvent;

/// <summary>What to build and how; the CLI and the preview server fill it in.</summary>
public sealed record BuildOptions
{
    /// <summary>The site folder (holding site.yml).</summary>
    public required string SourceDirectory { get; init; }

    /// <summary>The output folder; null checks the site without writing anything.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Replaces <c>baseUrl</c> from site.yml (publishing to another host or path).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Publish drafts and future-dated pages too.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Warnings fail the build (for CI).</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Threads used for parsing and rendering; the output is the same for any value.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The build date, e.g. from SOURCE_DATE_EPOCH; overrides <c>buildDate</c> in site.yml.</summary>
    public DateTimeOffset? BuildDate { get; init; }

    /// <summary>
    /// "Now" when neither this option nor site.yml sets a build date (default: the clock at each
    /// build). The preview fixes it when it starts: "now" decides which pages are future and goes
    /// into every page's fingerprint, so a clock that moved would make every rebuild a full one.
    /// </summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>
    /// <c>build --relative</c>: every internal link relative and ending in <c>index.html</c>, for a
    /// copy opened from a folder (<c>file://</c>); canonical, hreflang, feed and sitemap URLs stay absolute.
    /// </summary>
    public bool Relative { get; init; }

    /// <summary><c>build --compress</c>: a <c>.br</c> and a <c>.gz</c> beside every text file, for hosts that serve them.</summary>
    public bool Compress { get; init; }

    /// <summary>
    /// When another build holds the output folder: wait for it (true, the default) or fail at once
    /// with SE508 (false, <c>--no-wait</c>).
    /// </summary>
    public bool WaitForOutput { get; init; } = true;

    /// <summary>Told once, with the lock file's path, when the build starts waiting for another build of the same output.</summary>
    public Action<string>? OnWaitingForOutput { get; init; }

    /// <summary>
    /// Where encoded social cards and image variants are kept between builds (content-addressed;
    /// entries a build no longer uses are removed); null keeps them in memory for one build only.
    /// The command-line build uses <see cref="CacheBeside"/>.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The cache folder of an output folder: <c>public/</c> → <c>.public.cache/</c> beside it (outside the swapped output).</summary>
    public static string CacheBeside(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.cache");
    }
}
