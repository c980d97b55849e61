using StaticEvent.Checking;
using StaticEvent.Parsing;
using StaticEvent.Rendering;

namespace StaticEvent;

/// <summary>
/// What one build leaves for the next in the same process (the preview server), stage by stage:
/// parsed content files, rendered pages, link-check results. Each keeps only what it can prove
/// unchanged, so a build with caches gives the bytes and diagnostics of a build without.
/// </summary>
internal sealed class BuildCaches
{
    public ParseCache Parses { get; } = new();

    public RenderCache Renders { get; } = new();

    public LinkCheckCache LinkChecks { get; } = new();

    public Images.MediaCache Media { get; } = new();
}
