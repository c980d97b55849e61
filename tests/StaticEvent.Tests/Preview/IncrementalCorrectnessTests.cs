using StaticEvent.IO;
using StaticEvent.Output;
using StaticEvent.Tests.Cli;
using StaticEvent.Tests.Engine;

namespace StaticEvent.Tests.Preview;

/// <summary>
/// A rebuild in the preview must give what a full build of the same files gives, byte for byte,
/// and name exactly the files that changed: pages reload (or not) by that list. Holds today, when
/// each rebuild is a full build, and must keep holding when rebuilds render only what changed.
/// </summary>
public sealed class IncrementalCorrectnessTests
{
    public static TheoryData<string> Changes => SiteChange.All;

    [Theory]
    [MemberData(nameof(Changes))]
    public void ARebuildEqualsAFreshFullBuildAndNamesExactlyTheChangedFiles(string change)
    {
        // Given a site built once by the preview's builder
        using var site = new PreviewSite();
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = site.Directory, IncludeDrafts = true, MaxParallelism = 2 });
        var first = builder.Build();
        var before = site.BuildFresh().AssertSuccess();
        Assert.True(first.Result.Succeeded, string.Join('\n', first.Result.Diagnostics));
        AssertSameFiles(before.Output.Files, first.Files);

        // When
        SiteChange.Apply(site, change);
        var rebuilt = builder.Build();

        // Then
        var fresh = site.BuildFresh().AssertSuccess();
        Assert.True(rebuilt.Result.Succeeded, string.Join('\n', rebuilt.Result.Diagnostics));
        AssertSameFiles(fresh.Output.Files, rebuilt.Files);
        var expected = SiteChange.Differences(before.Output.Files, fresh.Output.Files);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rebuilt.ChangedFiles.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, bool> StarterEdits()
    {
        var data = new TheoryData<string, bool>();
        foreach (var edit in StarterSiteEdits.Kinds)
        {
            data.Add(edit, false);
            data.Add(edit, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StarterEdits))]
    public void AStarterSiteRebuildEqualsAFreshFullBuildAfterEachStepOfAnEdit(string edit, bool watched)
    {
        // Given a site from `new site` (the built-in theme, no themes/ folder), settled on disk and built once;
        // watched: each rebuild is told the paths the watcher saw, as the preview server does
        using var folder = new TempDirectory();
        StarterSiteEdits.Write(folder.Path);
        IncrementalAssert.Age(folder.Path);
        var options = new BuildOptions { SourceDirectory = folder.Path, IncludeDrafts = true, MaxParallelism = 2, BuildDate = StarterSiteEdits.BuildDate };
        var builder = new IncrementalBuilder(options);
        var before = builder.Build();
        Assert.True(before.Result.Succeeded, string.Join('\n', before.Result.Diagnostics));
        Assert.Equal(0, before.Result.WarningCount);

        foreach (var (step, index) in StarterSiteEdits.Steps(edit).Select((s, i) => (s, i + 1)))
        {
            // When
            var touched = step(folder.Path);
            IncrementalAssert.SettleChangedFolders(folder.Path);
            var rebuilt = builder.Build(changedPaths: watched ? touched.ToHashSet(StringComparer.Ordinal) : null);

            // Then
            var fresh = new MemoryOutputSink();
            var result = SiteBuilder.Build(new PhysicalFileSource(folder.Path), fresh, options);
            var because = $"{edit}, step {index}";
            Assert.True(result.Succeeded, because + ": " + string.Join('\n', result.Diagnostics));
            Assert.True(rebuilt.Result.Succeeded, because + ": " + string.Join('\n', rebuilt.Result.Diagnostics));
            Assert.Equal(result.Diagnostics.Select(d => d.ToString()), rebuilt.Result.Diagnostics.Select(d => d.ToString()));
            var stale = SiteChange.Differences(fresh.Files, rebuilt.Files);
            Assert.True(stale.Count == 0, $"{because}: differs from a fresh full build: {string.Join(", ", stale)}");
            var expected = SiteChange.Differences(before.Files, fresh.Files);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, rebuilt.ChangedFiles.Order(StringComparer.Ordinal));
            before = rebuilt;
        }
    }

    [Fact]
    public void ARebuildWithNoChangeNamesNoFile()
    {
        using var site = new PreviewSite();
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = site.Directory, IncludeDrafts = true, MaxParallelism = 2 });
        builder.Build();

        var again = builder.Build();

        Assert.True(again.Result.Succeeded);
        Assert.Empty(again.ChangedFiles);
    }

    [Fact]
    public void AFailedRebuildKeepsTheLastGoodFilesAndTheNextGoodOneComparesWithThem()
    {
        // Given
        using var site = new PreviewSite();
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = site.Directory, IncludeDrafts = true, MaxParallelism = 2 });
        var good = builder.Build();

        // When the front matter breaks, then is fixed with a new body
        var original = site.Read(PreviewSite.Article);
        site.Write(PreviewSite.Article, original.Replace("title: Bienvenue", "title: \"Bienvenue", StringComparison.Ordinal));
        var failed = builder.Build();
        site.Write(PreviewSite.Article, original.Replace("Le premier paragraphe", "Un autre paragraphe", StringComparison.Ordinal));
        var fixedUp = builder.Build();

        // Then
        Assert.False(failed.Result.Succeeded);
        Assert.Same(good.Files, failed.Files);
        Assert.Empty(failed.ChangedFiles);
        Assert.True(fixedUp.Result.Succeeded);
        Assert.Equal(SiteChange.Differences(good.Files, fixedUp.Files), fixedUp.ChangedFiles.Order(StringComparer.Ordinal));
        Assert.Contains(PreviewSite.ArticleFile, fixedUp.ChangedFiles);
    }

    internal static void AssertSameFiles(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        var differences = SiteChange.Differences(expected, actual);
        Assert.True(differences.Count == 0, "differs from a fresh full build: " + string.Join(", ", differences));
    }
}
