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
        Assert.Empty(Directory.GetDirectories(Path.Combine(site.Path, ".staticevent")));
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
    public void NewArticleTakesTheSitesDefaultLanguageAndDatesItInTheSitesTimeZone()
    {
        // Given a site whose default language is ar, in a zone 14 hours ahead of UTC (no daylight saving)
        using var site = WriteSite();
        var config = File.ReadAllText(Path.Combine(site.Path, "site.yml"))
            .Replace("defaultLanguage: fr", "defaultLanguage: ar", StringComparison.Ordinal)
            .Replace("timeZone: Africa/Casablanca", "timeZone: Pacific/Kiritimati", StringComparison.Ordinal);
        site.Write("site.yml", config);
        var before = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(14));

        // When an article is created without --lang
        var (exit, _, stderr) = CliRunner.Run(site.Path, "new", "article", "--title", "Ouverture");

        // Then it is in ar, dated now in the site's zone
        Assert.Equal(0, exit);
        Assert.Contains("Created content/news/ouverture.ar.md", stderr, StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(site.Path, "content", "news", "ouverture.ar.md"));
        var date = DateTimeOffset.Parse(System.Text.RegularExpressions.Regex.Match(text, "\ndate: (.+)\n").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromHours(14), date.Offset);
        Assert.InRange(date, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public void NewArticleSaysWhenTheSitesBuildDateWouldHideIt()
    {
        using var site = WriteSite();

        var (exit, _, stderr) = CliRunner.Run(site.Path, "new", "article", "--title", "Demain");

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(site.Path, "content", "news", "demain.fr.md")));
        Assert.Contains("site.yml's buildDate (2025-11-27 18:00 +01:00) is before this article's date", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NewRefusesALanguageTheSiteDoesNotHaveAndNeedsASite()
    {
        using var site = WriteSite();

        var wrong = CliRunner.Run(site.Path, "new", "page", "--lang", "de", "--title", "Hallo");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("'de' is not a language of this site; use one of: fr, ar", wrong.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Path, "content")) && Directory.EnumerateFiles(Path.Combine(site.Path, "content"), "*.de.md", SearchOption.AllDirectories).Any());

        using var empty = new TempDirectory();
        var none = CliRunner.Run(empty.Path, "new", "article", "--title", "Perdu");
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("site.yml: error SE100:", none.StdErr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(empty.Path));
    }

    [Fact]
    public void BuildAndCheckCountTheDraftsAndFuturePagesLeftOutAndVerboseListsThem()
    {
        // Given a draft, a future-dated page and a future-dated draft (build date 2025-11-27 18:00 +01:00)
        using var site = WriteSite("""
            -- content/news/brouillon.fr.md --
            ---
            title: Brouillon
            date: 2025-11-20
            draft: true
            ---
            -- content/news/plus-tard.fr.md --
            ---
            title: Plus tard
            date: 2026-01-10T09:00
            ---
            -- content/news/les-deux.fr.md --
            ---
            title: Les deux
            date: 2026-02-01
            draft: true
            ---
            """);

        // Then build says how many were left out, and how to see or include them
        var build = CliRunner.Run(site.Path, "build");
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("\n2 drafts and 1 future-dated page left out (--drafts to include them, --verbose to list them).\n", build.StdErr, StringComparison.Ordinal);

        // And check --verbose lists each, with its file and date
        var check = CliRunner.Run(site.Path, "check", "--verbose");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("2 drafts and 1 future-dated page left out (--drafts to include them):\n", check.StdErr, StringComparison.Ordinal);
        Assert.Contains("  content/news/brouillon.fr.md: draft, dated 2025-11-20 00:00 +01:00\n", check.StdErr, StringComparison.Ordinal);
        Assert.Contains("  content/news/les-deux.fr.md: draft, dated 2026-02-01 00:00 +01:00\n", check.StdErr, StringComparison.Ordinal);
        Assert.Contains("  content/news/plus-tard.fr.md: dated 2026-01-10 09:00 +01:00, after the build date 2025-11-27 18:00 +01:00 (buildDate in site.yml or SOURCE_DATE_EPOCH)\n", check.StdErr, StringComparison.Ordinal);

        // And with --drafts nothing is left out
        Assert.DoesNotContain("left out", CliRunner.Run(site.Path, "build", "--drafts").StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void StrictChecksSayWhichWarningsMadeThemFail()
    {
        // Given a page with no translation in ar (SE600) and a front matter key that looks like a typo (SE102)
        using var site = WriteSite("""
            -- content/seul.fr.md --
            ---
            title: Seul
            dat: 2025-11-20
            ---
            -- content/autre.fr.md --
            ---
            title: Autre
            ---
            """);

        var check = CliRunner.Run(site.Path, "check", "--strict");
        Assert.Equal(1, check.ExitCode);
        Assert.Matches(@"Check failed: \d+ pages \(.*\) in [0-9.]+ s; 0 errors, 3 warnings; 3 warnings are errors under --strict: SE600 ×2, SE102\.", check.StdErr);

        var build = CliRunner.Run(site.Path, "build", "--warnings-as-errors");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("Build failed: ", build.StdErr, StringComparison.Ordinal);
        Assert.Contains("3 warnings are errors under --warnings-as-errors: SE600 ×2, SE102.", build.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Path, "public")), "a build failed by its warnings writes nothing");

        // Quiet prints only errors, and under --strict the warnings are errors
        var quiet = CliRunner.Run(site.Path, "check", "--strict", "--quiet");
        Assert.Equal(1, quiet.ExitCode);
        Assert.Contains("warning SE102", quiet.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run(site.Path, "check").ExitCode);
    }

    [Fact]
    public void NewNamesTheFileAfterTheTitleInItsOwnScript()
    {
        using var site = WriteSite();
        var config = File.ReadAllText(Path.Combine(site.Path, "site.yml")).Replace("languages:\n", "languages:\n  - code: ja\n    name: 日本語\n    title: サイト\n  - code: de\n    name: Deutsch\n    title: Seite\n", StringComparison.Ordinal);
        site.Write("site.yml", config);

        Assert.Equal(0, CliRunner.Run(site.Path, "new", "article", "--lang", "ar", "--title", "الجرائم المالية").ExitCode);
        Assert.Equal(0, CliRunner.Run(site.Path, "new", "page", "--lang", "ja", "--title", "バス停").ExitCode);
        Assert.Equal(0, CliRunner.Run(site.Path, "new", "page", "--lang", "de", "--title", "Über uns").ExitCode);

        Assert.True(File.Exists(Path.Combine(site.Path, "content", "news", "الجرائم-المالية.ar.md")));
        Assert.True(File.Exists(Path.Combine(site.Path, "content", "バス停.ja.md")));
        Assert.True(File.Exists(Path.Combine(site.Path, "content", "ueber-uns.de.md")));
    }
}
