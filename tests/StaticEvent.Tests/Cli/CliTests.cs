using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Cli;

public sealed class CliTests
{
    private static TempDirectory WriteSite(string extra = "")
    {
        var folder = new TempDirectory();
        TestSite.WithBaseTheme(extra).WriteTo(folder.Path);
        return folder;
    }

    [Fact]
    public void BuildWritesThePublicFolderAndSummarisesOnStderr()
    {
        using var site = WriteSite();

        var (exit, _, stderr) = CliRunner.Run(site.Path, "build");

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(site.Path, "public", "fr", "index.html")));
        Assert.Matches(@"Built: \d+ pages \(fr \d+, ar \d+\) in [0-9.]+ s; 0 errors, \d+ warnings?\.", stderr);
    }

    [Fact]
    public void TimingsListEveryStageInBuildOrder()
    {
        using var site = WriteSite();

        var (exit, _, stderr) = CliRunner.Run(site.Path, "build", "--timings");

        Assert.Equal(0, exit);
        var stages = stderr.Split('\n').Where(l => l.EndsWith(" MiB", StringComparison.Ordinal)).Select(l => l.Trim()[..24].Trim()).ToList();
        Assert.Equal(["config", "discover", "parse", "templates, i18n, data", "assemble", "render setup", "render and write", "link check", "swap"], stages);
    }

    [Fact]
    public void ABrokenSiteExitsWithOneAndPrintsEditorStyleErrors()
    {
        using var site = WriteSite("""
            -- content/bad.fr.md --
            ---
            title: Mauvais
            date: hier
            ---
            """);
        var before = CliRunner.Run(site.Path, "build");
        Assert.Equal(1, before.ExitCode);
        Assert.Contains("content/bad.fr.md:3:7: error SE203:", before.StdErr, StringComparison.Ordinal);
        Assert.Contains("  hint: ", before.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Path, "public")), "a failed build writes nothing");
    }

    [Fact]
    public void AFailedBuildLeavesThePreviousOutputIntact()
    {
        using var site = WriteSite();
        Assert.Equal(0, CliRunner.Run(site.Path, "build").ExitCode);
        var home = Path.Combine(site.Path, "public", "fr", "index.html");
        var before = File.ReadAllText(home);

        site.Write("content/bad.fr.md", "---\ntitle: [unclosed\n---\n");
        Assert.Equal(1, CliRunner.Run(site.Path, "build").ExitCode);

        Assert.Equal(before, File.ReadAllText(home));
        Assert.Empty(Directory.GetDirectories(site.Path, ".public.*"));
    }

    [Fact]
    public void FilesNoLongerProducedDisappearAfterARebuild()
    {
        using var site = WriteSite("""
            -- content/old.fr.md --
            ---
            title: Ancien
            ---
            """);
        Assert.Equal(0, CliRunner.Run(site.Path, "build").ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Path, "public", "fr", "old", "index.html")));

        File.Delete(Path.Combine(site.Path, "content", "old.fr.md"));
        Assert.Equal(0, CliRunner.Run(site.Path, "build").ExitCode);

        Assert.False(File.Exists(Path.Combine(site.Path, "public", "fr", "old", "index.html")));
    }

    [Fact]
    public void AnOutputFolderWithForeignFilesIsNeverReplaced()
    {
        using var site = WriteSite();
        site.Write("elsewhere/precious.txt", "keep me");

        var (exit, _, stderr) = CliRunner.Run(site.Path, "build", "--output", "elsewhere");

        Assert.Equal(1, exit);
        Assert.Contains("did not write", stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(site.Path, "elsewhere", "precious.txt")));
    }

    [Fact]
    public void CheckWritesNothing()
    {
        using var site = WriteSite();

        var (exit, _, stderr) = CliRunner.Run(site.Path, "check");

        Assert.Equal(0, exit);
        Assert.False(Directory.Exists(Path.Combine(site.Path, "public")));
        Assert.Contains("Checked:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongUsageExitsWithTwo()
    {
        using var site = WriteSite();

        Assert.Equal(2, CliRunner.Run(site.Path, "build", "--no-such-option").ExitCode);
        Assert.Equal(2, CliRunner.Run(site.Path, "frobnicate").ExitCode);
    }

    [Fact]
    public void HelpAndVersionAnswer()
    {
        using var site = WriteSite();

        var help = CliRunner.Run(site.Path, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("build", help.StdOut, StringComparison.Ordinal);
        Assert.Contains("check", help.StdOut, StringComparison.Ordinal);
        var version = CliRunner.Run(site.Path, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.StdOut);
    }

    [Fact]
    public void NewScaffoldsAnArticleAndNeverOverwrites()
    {
        using var site = WriteSite();

        var first = CliRunner.Run(site.Path, "new", "article", "--lang", "fr", "--title", "Séance d'ouverture");
        Assert.Equal(0, first.ExitCode);
        var path = Path.Combine(site.Path, "content", "news", "seance-d-ouverture.fr.md");
        Assert.StartsWith("---\ntitle: \"Séance d'ouverture\"\n", File.ReadAllText(path), StringComparison.Ordinal);

        File.AppendAllText(path, "mine");
        Assert.Equal(1, CliRunner.Run(site.Path, "new", "article", "--lang", "fr", "--title", "Séance d'ouverture").ExitCode);
        Assert.EndsWith("mine", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run(site.Path, "build", "--drafts").ExitCode);
    }

    [Fact]
    public void NewNamesTheFileAfterTheTitleInItsOwnScript()
    {
        using var site = WriteSite();

        Assert.Equal(0, CliRunner.Run(site.Path, "new", "article", "--lang", "ar", "--title", "الجرائم المالية").ExitCode);
        Assert.Equal(0, CliRunner.Run(site.Path, "new", "page", "--lang", "ja", "--title", "バス停").ExitCode);
        Assert.Equal(0, CliRunner.Run(site.Path, "new", "page", "--lang", "de", "--title", "Über uns").ExitCode);

        Assert.True(File.Exists(Path.Combine(site.Path, "content", "news", "الجرائم-المالية.ar.md")));
        Assert.True(File.Exists(Path.Combine(site.Path, "content", "バス停.ja.md")));
        Assert.True(File.Exists(Path.Combine(site.Path, "content", "ueber-uns.de.md")));
    }
}
