namespace StaticEvent.Rendering;

/// <summary>
/// Bounds on template execution, so a wrong or hostile template cannot hang a build or exhaust
/// memory (Scriban's defaults were unbounded in several places; see docs/errors.md).
/// </summary>
public sealed record RenderLimits
{
    public int LoopLimit { get; init; } = 100_000;

    public int RecursiveLimit { get; init; } = 64;

    public int StringLimit { get; init; } = 4 * 1024 * 1024;

    public int OutputLimit { get; init; } = 16 * 1024 * 1024;

    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(20);
}
