using StaticEvent.Diagnostics;

namespace StaticEvent;

/// <summary>What a build did: its diagnostics, sorted, and what it wrote.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, int> PagesPerLanguage, int FilesWritten, TimeSpan Elapsed)
{
    /// <summary>Wall time per stage, in build order (config, discover, parse, …, and the output swap).</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
