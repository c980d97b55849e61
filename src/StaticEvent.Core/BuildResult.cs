using StaticEvent.Diagnostics;

namespace StaticEvent;

/// <summary>What a build did: its diagnostics, sorted, and what it wrote.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, int> PagesPerLanguage, int FilesWritten, TimeSpan Elapsed)
{
    /// <summary>Wall time per stage, in build order (config, discover, parse, …, and the output swap).</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];

    /// <summary>Drafts and future-dated pages left out of the site, by path; empty with <c>--drafts</c> or when the build stopped before assembling the site.</summary>
    public IReadOnlyList<Model.LeftOutPage> LeftOut { get; init; } = [];

    /// <summary>The build's "now" (site.yml's <c>buildDate</c>, SOURCE_DATE_EPOCH or the clock): pages dated after it are future-dated.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Social cards and image variants encoded by this build (the rest came from the cache).</summary>
    public int ImagesEncoded { get; init; }

    /// <summary>True when <see cref="Now"/> was fixed (site.yml's <c>buildDate</c> or SOURCE_DATE_EPOCH) rather than read from the clock.</summary>
    public bool NowIsFixed { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
