namespace StaticEvent;

/// <summary>
/// One build held in memory, as the preview server serves it: every output file, which of them
/// differ from the previous snapshot, and what reviewers need to see.
/// </summary>
public sealed record BuildSnapshot(
    BuildResult Result,
    IReadOnlyDictionary<string, byte[]> Files,
    IReadOnlySet<string> ChangedFiles,
    ReviewReport Review)
{
    public static readonly BuildSnapshot Empty = new(
        new BuildResult([], new Dictionary<string, int>(), 0, TimeSpan.Zero),
        new Dictionary<string, byte[]>(),
        new HashSet<string>(),
        ReviewReport.Empty);
}
