using System.Diagnostics;

namespace StaticEvent.Tests.Cli;

/// <summary>Runs the real <c>staticevent</c> executable (built beside the tests) in a folder.</summary>
public static class CliRunner
{
    public static (int ExitCode, string StdOut, string StdErr) Run(string workingDirectory, params string[] args) =>
        Run(workingDirectory, asNobody: false, args);

    /// <summary>
    /// Runs the CLI; with <paramref name="asNobody"/> as the unprivileged user <c>nobody</c>
    /// (through <c>setpriv</c>, with a home the user may write), for files root could read anyway.
    /// </summary>
    public static (int ExitCode, string StdOut, string StdErr) Run(string workingDirectory, bool asNobody, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "staticevent.dll");
        var start = asNobody
            ? new ProcessStartInfo("setpriv") { ArgumentList = { "--reuid=nobody", "--regid=nogroup", "--clear-groups", "dotnet", cli } }
            : new ProcessStartInfo("dotnet") { ArgumentList = { cli } };
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        if (asNobody)
        {
            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
            start.Environment["HOME"] = Path.GetTempPath();
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"staticevent {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
