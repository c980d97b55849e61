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
        var cli = asNobody ? NobodyCli.Value : Path.Combine(AppContext.BaseDirectory, "staticevent.dll");
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

    // setpriv exists only where Unix file modes do.
    private static readonly Lazy<string> NobodyCli = new(() => OperatingSystem.IsWindows() ? throw new PlatformNotSupportedException("setpriv") : CopyForNobody());

    /// <summary>
    /// The CLI's files copied once to a folder everyone may read: the tests' own folder may lie
    /// under a private one (a clone in a <c>mktemp -d</c> folder is 0700), which nobody cannot
    /// enter. Only the assemblies, their .json files and this platform's native libraries.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string CopyForNobody()
    {
        var from = AppContext.BaseDirectory;
        var to = Path.Combine(Path.GetTempPath(), $"staticevent-cli-{Environment.ProcessId}");
        var folderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        Directory.CreateDirectory(to, folderMode);
        foreach (var file in Directory.EnumerateFiles(from).Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        var native = Path.Combine("runtimes", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier);
        if (Directory.Exists(Path.Combine(from, native)))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(from, native), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!, folderMode);
                File.Copy(file, target, overwrite: true);
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(to, "*", SearchOption.AllDirectories).Append(to))
        {
            File.SetUnixFileMode(folder, folderMode);
        }

        return Path.Combine(to, "staticevent.dll");
    }
}
