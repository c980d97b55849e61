using StaticEvent.Diagnostics;
using StaticEvent.Output;
using StaticEvent.Tests.Cli;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Hostile;

/// <summary>
/// A small two-language site on disk for the fault tests, with what they all check: the exact
/// error codes, an output that is complete (marker, home page) and holds one version of the
/// site, no staging or old folder left, and no stack trace on stderr.
/// </summary>
public sealed class FaultSite : IDisposable
{
    public FaultSite(string? area = null)
    {
        Area = area ?? Path.Combine(Path.GetTempPath(), "staticevent-fault-" + Guid.NewGuid().ToString("N")[..12]);
        Site = Path.Combine(Area, "site");
        Output = Path.Combine(Site, "public");
        TestSite.WithBaseTheme("""
            -- static/style.css --
            body {}
            -- content/about.fr.md --
            ---
            title: Version 1
            ---
            -- content/news/first.fr.md --
            ---
            title: Première
            ---
            """).WriteTo(Site);
    }

    public string Area { get; }

    public string Site { get; }

    public string Output { get; set; }

    public string AboutPage => Path.Combine(Output, "fr", "about", "index.html");

    public void Write(string relative, string text)
    {
        var full = Path.Combine(Site, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Makes the next build's about page say "Version <paramref name="version"/>".</summary>
    public void SetVersion(int version) => Write("content/about.fr.md", $"---\ntitle: Version {version}\n---\n");

    public BuildOptions Options(bool wait = true, Action<string>? onWaiting = null) =>
        new() { SourceDirectory = Site, OutputDirectory = Output, MaxParallelism = 2, WaitForOutput = wait, OnWaitingForOutput = onWaiting };

    public BuildResult Build() => SiteBuilder.Build(Options());

    /// <summary>The output is a whole site of one version: its marker, its home page, its about page.</summary>
    public int CompleteVersion()
    {
        Assert.True(File.Exists(Path.Combine(Output, StagedOutput.MarkerFile)), "the output has no marker: it is not a complete build");
        Assert.True(File.Exists(Path.Combine(Output, "index.html")), "the output has no index.html");
        Assert.True(File.Exists(Path.Combine(Output, "style.css")), "the output has no style.css");
        var about = File.ReadAllText(AboutPage);
        var version = Enumerable.Range(1, 9).Single(v => about.Contains($"Version {v}", StringComparison.Ordinal));
        return version;
    }

    /// <summary>Nothing but the lock beside the output, and no staging folder inside it.</summary>
    public void AssertNoLeftovers()
    {
        var work = Path.Combine(Path.GetDirectoryName(Output)!, OutputLocation.WorkFolderName);
        if (Directory.Exists(work))
        {
            Assert.Equal([Path.GetFileName(Output) + ".lock"], Directory.EnumerateFileSystemEntries(work).Select(Path.GetFileName));
        }

        if (Directory.Exists(Output))
        {
            Assert.Empty(Directory.EnumerateFileSystemEntries(Output, ".staticevent-staging-*"));
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(Site, ".public.*"));
    }

    public static void AssertErrors(BuildResult result, params string[] expected)
    {
        var actual = result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} {d.Location.Path}").Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(actual), $"expected {string.Join("; ", expected)}\nactual:\n{string.Join("\n", result.Diagnostics)}");
    }

    /// <summary>Runs the CLI, optionally as an unprivileged user, and checks that stderr holds no .NET stack trace.</summary>
    public (int ExitCode, string StdErr) Cli(bool asNobody, params string[] args)
    {
        var (exitCode, _, stderr) = CliRunner.Run(Site, asNobody, args);
        AssertNoStackTrace(stderr);
        return (exitCode, stderr);
    }

    public static void AssertNoStackTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(Area))
        {
            // Folders a test made unreadable or read-only must be opened again to be removed.
            foreach (var folder in Directory.EnumerateDirectories(Area, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(folder, (UnixFileMode)0x1ED);
                }
            }

            Directory.Delete(Area, recursive: true);
        }
    }
}
