using StaticEvent.Diagnostics;

namespace StaticEvent.Preview;

/// <summary>
/// What the server shows at one moment, never changed once made: the files of the last good build
/// and what the last build said. Requests read it through one volatile reference that each build
/// swaps, so a request sees one whole build, never a mix of two.
/// </summary>
internal sealed record PreviewState
{
    /// <summary>Identifies the served files: the server instance and the content version.</summary>
    public required string BuildId { get; init; }

    /// <summary>Goes up by one each time a good build changes at least one file.</summary>
    public required long Version { get; init; }

    /// <summary>How many builds have finished, good or not.</summary>
    public required long BuildCount { get; init; }

    /// <summary>Output path → bytes, as <c>build</c> would write them (without the live-reload script).</summary>
    public required IReadOnlyDictionary<string, byte[]> Files { get; init; }

    /// <summary>The files that differ from the previous version (empty when the last build failed or changed nothing).</summary>
    public required IReadOnlySet<string> ChangedFiles { get; init; }

    /// <summary>The path of the site's <c>baseUrl</c>, such as <c>/</c> or <c>/ga93/</c>; the site is served under it.</summary>
    public required string BasePath { get; init; }

    /// <summary>The site's language codes, the default one first.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>Drafts, future pages and translations to do, from the last good build.</summary>
    public required ReviewReport Review { get; init; }

    /// <summary>The errors of the last build; empty when it succeeded. The files are then still the last good ones.</summary>
    public required IReadOnlyList<Diagnostic> Errors { get; init; }

    /// <summary>The warnings of the last build.</summary>
    public required IReadOnlyList<Diagnostic> Warnings { get; init; }

    /// <summary>How long the last build took.</summary>
    public required TimeSpan BuildTime { get; init; }

    /// <summary>True when the last build failed: pages show the error overlay.</summary>
    public bool IsFailing => Errors.Count > 0;
}
