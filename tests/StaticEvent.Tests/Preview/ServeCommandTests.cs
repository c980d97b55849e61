using System.Diagnostics;
using System.Text.RegularExpressions;
using StaticEvent.Tests.Cli;

namespace StaticEvent.Tests.Preview;

/// <summary><c>staticevent serve</c> as a user runs it: the real executable, in its own process.</summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public void ServeHasItsOptionsInHelp()
    {
        using var folder = new TempDirectory();

        var (exit, stdout, _) = CliRunner.Run(folder.Path, "serve", "--help");

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--source", "--port", "--host", "--drafts", "--open" })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--source", "/nonexistent/staticevent-site")]
    public void WrongUsageExitsWithTwo(string option, string value)
    {
        using var folder = new TempDirectory();

        var (exit, _, stderr) = CliRunner.Run(folder.Path, "serve", option, value);

        Assert.Equal(2, exit);
        Assert.Contains("staticevent:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeListensOnLoopbackServesTheSiteAndStopsCleanlyOnCtrlC()
    {
        // Given
        using var site = new PreviewSite();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "staticevent.dll"), "serve", "--source", site.Directory, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            // When
            using var timeout = new CancellationTokenSource(PreviewHarness.Timeout);
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token) ?? string.Empty;
            var match = ServingLine().Match(line);
            Assert.True(match.Success, $"no 'Serving' line: {line}\n{(process.HasExited ? await stderr : string.Empty)}");
            using var client = new HttpClient { Timeout = PreviewHarness.Timeout };
            var html = await client.GetStringAsync(new Uri(new Uri(match.Groups["url"].Value), "fr/"));

            // Then
            Assert.Contains("/_staticevent/live.js", html, StringComparison.Ordinal);
            Assert.Equal(0, Interrupt(process.Id));
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopping.", await stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(site.PathOf("public")), "serve wrote into the site folder");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    // Ctrl+C in a terminal sends SIGINT to the process; .NET cannot send a signal itself.
    private static int Interrupt(int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit();
        return kill.ExitCode;
    }

    [GeneratedRegex(@"^Serving (?<url>http://127\.0\.0\.1:\d+/) ")]
    private static partial Regex ServingLine();
}
