using StaticEvent.IO;

namespace StaticEvent.Rendering;

/// <summary>
/// Bounds on template execution, so a wrong or hostile template cannot hang a build or exhaust
/// memory (Scriban's defaults were unbounded in several places; see docs/errors.md). They sit
/// above what the input limits let through: a page of <see cref="TextDecoder.MaxFileBytes"/>
/// renders even when escaping makes its HTML four times as long.
/// </summary>
internal sealed record RenderLimits
{
    public int LoopLimit { get; init; } = 100_000;

    public int RecursiveLimit { get; init; } = 64;

    /// <summary>One string in a template: 32 MiB, four times the largest page a site may hold.</summary>
    public int StringLimit { get; init; } = 4 * TextDecoder.MaxFileBytes;

    /// <summary>One render's output: the longest page's text and its layout around it.</summary>
    public int OutputLimit { get; init; } = 5 * TextDecoder.MaxFileBytes;

    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The limit a Scriban limit message is about, named for people, with its value; null when it is not one of these.</summary>
    public string? Describe(string scribanMessage) => scribanMessage switch
    {
        _ when scribanMessage.Contains("LimitToString", StringComparison.Ordinal) => $"the template string limit ({StringLimit:N0} characters, RenderLimits.StringLimit)",
        _ when scribanMessage.Contains("OutputLimit", StringComparison.Ordinal) => $"the template output limit ({OutputLimit:N0} characters per page, RenderLimits.OutputLimit)",
        _ when scribanMessage.Contains("iteration limit", StringComparison.Ordinal) => $"the template loop limit ({LoopLimit:N0} iterations, RenderLimits.LoopLimit)",
        _ when scribanMessage.Contains("recursive depth", StringComparison.Ordinal) => $"the template recursion limit ({RecursiveLimit} levels, RenderLimits.RecursiveLimit)",
        _ => null,
    };
}
