using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Cli;

/// <summary><c>new site</c> and <c>theme eject</c> through the real executable, and the tool as a user installs it.</summary>
public sealed class NewSiteTests
{
    private static readonly string[] NewSite =
        ["new", "site", "summit", "--title", "Offene-Daten-Gipfel 2026", "--languages", "de,en-US,fa,ja,pt-BR", "--default", "de",
         "--time-zone", "Europe/Berlin", "--start", "2026-10-23", "--end", "2026-10-27"];

    [Fact]
    public void ANewSiteBuildsAtOnceWithNoErrorAndNoWarning()
    {
        using var folder = new TempDirectory();

        var created = CliRunner.Run(folder.Path, NewSite);
        var built = CliRunner.Run(Path.Combine(folder.Path, "summit"), "build");

        Assert.True(created.ExitCode == 0, created.StdErr);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "summit", "themes")));
        Assert.True(built.ExitCode == 0, built.StdErr);
        Assert.Contains("; 0 errors, 0 warnings.", built.StdErr, StringComparison.Ordinal);
        foreach (var language in new[] { "de", "en-US", "fa", "ja", "pt-BR" })
        {
            Assert.True(File.Exists(Path.Combine(folder.Path, "summit", "public", language, "index.html")), language);
        }
    }

    [Fact]
    public void ANewSiteNeverOverwritesAFile()
    {
        using var folder = new TempDirectory();
        var siteYml = folder.Write("summit/site.yml", "# mine\n");

        var (exit, _, stderr) = CliRunner.Run(folder.Path, NewSite);

        Assert.Equal(1, exit);
        Assert.Contains("site.yml", stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was written", stderr, StringComparison.Ordinal);
        Assert.Equal("# mine\n", File.ReadAllText(siteYml));
        Assert.Single(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void AnUnknownLanguageOrZoneIsAUsageErrorNamingIt()
    {
        using var folder = new TempDirectory();

        var (exit, _, stderr) = CliRunner.Run(folder.Path, "new", "site", "x", "--title", "X", "--languages", "de,xx-nope", "--time-zone", "Mars/Olympus");

        Assert.Equal(2, exit);
        Assert.Contains("'xx-nope'", stderr, StringComparison.Ordinal);
        Assert.Contains("'Mars/Olympus'", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "x")));
    }

    [Fact]
    public void AnEjectedThemeBuildsTheSameSiteAndKeepsTheSitesOwnFiles()
    {
        using var folder = new TempDirectory();
        CliRunner.Run(folder.Path, NewSite);
        var site = Path.Combine(folder.Path, "summit");
        Assert.Equal(0, CliRunner.Run(site, "build").ExitCode);
        var before = Snapshot(Path.Combine(site, "public"));
        var own = Path.Combine(site, "themes", "default", "static", "favicon.svg");
        Directory.CreateDirectory(Path.GetDirectoryName(own)!);
        var favicon = File.ReadAllText(Path.Combine(site, "public", "favicon.svg"));
        File.WriteAllText(own, favicon);

        var ejected = CliRunner.Run(site, "theme", "eject");

        Assert.True(ejected.ExitCode == 0, ejected.StdErr);
        Assert.Contains("kept themes/default/static/favicon.svg", ejected.StdErr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "themes", "default", "layouts", "base.sbn")));
        Assert.True(File.Exists(Path.Combine(site, "themes", "default", "i18n", "fa.yml")));
        Assert.Equal(0, CliRunner.Run(site, "build").ExitCode);
        Assert.Equal(before, Snapshot(Path.Combine(site, "public")));
    }

    /// <summary>Packs the tool as a release would, installs it into a tool path, and uses it.</summary>
    [Fact]
    public void ThePackedToolInstallsAndBuildsANewSite()
    {
        using var folder = new TempDirectory();
        var packages = Path.Combine(folder.Path, "packages");
        var tools = Path.Combine(folder.Path, "tools");
        var project = Path.Combine(Prerequisites.RepositoryRoot, "src", "StaticEvent.Cli");

        var pack = ProcessRunner.Run("dotnet", ["pack", project, "-c", "Release", "-o", packages, "-v", "q", "-p:Version=0.0.0-test"], TimeSpan.FromMinutes(5));
        Assert.True(pack.ExitCode == 0, pack.StandardOutput + pack.StandardError);
        var install = ProcessRunner.Run("dotnet", ["tool", "install", "staticevent", "--tool-path", tools, "--add-source", packages, "--version", "0.0.0-test"], TimeSpan.FromMinutes(2));
        Assert.True(install.ExitCode == 0, install.StandardOutput + install.StandardError);

        var staticevent = Path.Combine(tools, OperatingSystem.IsWindows() ? "staticevent.exe" : "staticevent");
        var created = ProcessRunner.Run(staticevent, NewSite, TimeSpan.FromMinutes(1), folder.Path);
        var built = ProcessRunner.Run(staticevent, ["build"], TimeSpan.FromMinutes(1), Path.Combine(folder.Path, "summit"));

        Assert.True(created.ExitCode == 0, created.StandardError);
        Assert.True(built.ExitCode == 0, built.StandardError);
        Assert.Contains("; 0 errors, 0 warnings.", built.StandardError, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.Path, "summit", "public", "ja", "index.html")));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            p => Path.GetRelativePath(root, p),
            p => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p))));
}
