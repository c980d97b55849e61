namespace StaticEvent.Cli;

/// <summary>How <see cref="ConsoleReporter"/> reports a build or a check.</summary>
internal sealed record ReportOptions
{
    /// <summary>"Build" or "Check".</summary>
    public required string Action { get; init; }

    /// <summary>Print only errors (<c>--quiet</c>).</summary>
    public bool Quiet { get; init; }

    /// <summary>List every page left out, with its file and date (<c>--verbose</c>).</summary>
    public bool Verbose { get; init; }

    /// <summary>The option that makes warnings fail the run (<c>--strict</c>, <c>--warnings-as-errors</c>) when it was given, else null.</summary>
    public string? WarningsFailUnder { get; init; }

    /// <summary>True when <paramref name="result"/> fails this run: it has errors, or warnings that count as errors.</summary>
    public bool Fails(BuildResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return !result.Succeeded || (WarningsFailUnder is not null && result.WarningCount > 0);
    }
}
