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
