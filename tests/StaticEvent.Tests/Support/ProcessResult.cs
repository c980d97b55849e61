namespace StaticEvent.Tests.Support;

/// <summary>How a program run by <see cref="ProcessRunner"/> ended, with everything it printed.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, bool TimedOut)
{
    /// <summary>The command line, exit code and both outputs, for failure messages.</summary>
    public string Describe(string commandLine) =>
        $"""
        $ {commandLine}
        {(TimedOut ? "timed out and was killed" : $"exit code {ExitCode}")}
        --- stderr ---
        {StandardError.TrimEnd()}
        --- stdout ---
        {StandardOutput.TrimEnd()}
        """;
}
