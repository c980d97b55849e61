namespace StaticEvent.Tests.Preview;

/// <summary>
/// The running server notices each kind of change on disk by itself (the watcher) and ends up
/// serving exactly what a fresh full build of the folder gives.
/// </summary>
public sealed class WatchedRebuildTests
{
    public static TheoryData<string> Changes => SiteChange.All;

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task EachKindOfChangeIsPickedUpAndServedAsAFullBuildWouldBe(string change)
    {
        // Given
        using var site = new PreviewSite();
        await using var preview = await PreviewHarness.StartAsync(site, watch: true);

        // When
        SiteChange.Apply(site, change);
        var fresh = site.BuildFresh().AssertSuccess();

        // Then
        var state = await preview.BuildWhereAsync(s => SiteChange.Differences(fresh.Output.Files, s.Files).Count == 0);
        Assert.False(state.IsFailing);
        Assert.NotEmpty(state.ChangedFiles);
    }

    [Fact]
    public async Task EditorTemporaryFilesAndTheOutputFolderTriggerNoBuild()
    {
        // Given
        using var site = new PreviewSite();
        await using var preview = await PreviewHarness.StartAsync(site, watch: true, debounce: TimeSpan.FromMilliseconds(20));
        var count = preview.Server.Current.BuildCount;

        // When an editor writes its swap and backup files, and a build writes public/
        site.Write("content/news/.welcome.fr.md.swp", "swap");
        site.Write("content/news/welcome.fr.md~", "backup");
        site.Write("content/news/4913", string.Empty);
        site.Write("content/news/.#welcome.fr.md", "lock");
        site.Write("public/fr/index.html", "<p>built</p>");
        site.Write(".public.staging/x.html", "<p>staging</p>");
        site.Write("notes.txt", "not part of the site");
        await Task.Delay(TimeSpan.FromMilliseconds(600));

        // Then
        Assert.Equal(count, preview.Server.Current.BuildCount);
    }

    [Fact]
    public async Task ASaveByWriteAndRenameIsPickedUp()
    {
        // Given
        using var site = new PreviewSite();
        await using var preview = await PreviewHarness.StartAsync(site, watch: true);

        // When the editor writes a temporary file and renames it over the article (vim, JetBrains "safe write")
        var temporary = site.PathOf("content/news/welcome.fr.md___jb_tmp___");
        File.WriteAllText(temporary, site.Read(PreviewSite.Article).Replace("Le premier paragraphe", "Renommé", StringComparison.Ordinal));
        File.Move(temporary, site.PathOf(PreviewSite.Article), overwrite: true);

        // Then
        await preview.BuildWhereAsync(s => s.Files.TryGetValue(PreviewSite.ArticleFile, out var page) && Contains(page, "Renommé"));
    }

    [Fact]
    public async Task FoldersThatAreDeletedAndCreatedAgainAreStillWatched()
    {
        // Given
        using var site = new PreviewSite();
        await using var preview = await PreviewHarness.StartAsync(site, watch: true);

        // When data/ goes away, then comes back, then changes; and static/ is created
        var schedule = site.Read("data/schedule.yml");
        var speakers = site.Read("data/speakers.yml");
        Directory.Delete(site.PathOf("data"), recursive: true);
        await preview.BuildWhereAsync(s => !s.Files.ContainsKey("schedule.ics"));
        site.Write("data/schedule.yml", schedule);
        site.Write("data/speakers.yml", speakers);
        await preview.BuildWhereAsync(s => s.Files.ContainsKey("schedule.ics"));
        site.Replace("data/schedule.yml", "title: { fr: Ouverture", "title: { fr: Accueil des délégués");
        site.Write("static/hello.txt", "hello");

        // Then
        await preview.BuildWhereAsync(s =>
            s.Files.TryGetValue("fr/programme/index.html", out var page) && Contains(page, "Accueil des délégués") && s.Files.ContainsKey("hello.txt"));
    }

    [Fact]
    public async Task AFolderRenamedAwayAndReplacedIsWatchedUnderItsName()
    {
        // Given
        using var site = new PreviewSite();
        await using var preview = await PreviewHarness.StartAsync(site, watch: true);

        // When content/ is moved aside and a copy takes its place (a git checkout, a sync tool)
        Directory.Move(site.PathOf("content"), site.PathOf("content.old"));
        CopyFolder(site.PathOf("content.old"), site.PathOf("content"));
        await preview.BuildWhereAsync(s => !s.IsFailing && s.Files.ContainsKey(PreviewSite.ArticleFile));
        site.Replace(PreviewSite.Article, "Le premier paragraphe", "Dans le nouveau dossier");
        File.WriteAllText(Path.Combine(site.PathOf("content.old"), "news", "ignored.fr.md"), "---\ntitle: Ailleurs\n---\n");

        // Then
        var state = await preview.BuildWhereAsync(s => s.Files.TryGetValue(PreviewSite.ArticleFile, out var page) && Contains(page, "Dans le nouveau dossier"));
        Assert.DoesNotContain(state.Files.Keys, k => k.Contains("ignored", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABurstOfSavesEndsWithTheLastOneServed()
    {
        // Given
        using var site = new PreviewSite();
        await using var preview = await PreviewHarness.StartAsync(site, watch: true, debounce: TimeSpan.FromMilliseconds(10));
        var original = site.Read(PreviewSite.Article);
        var count = preview.Server.Current.BuildCount;

        // When twenty saves come faster than builds
        for (var i = 1; i <= 20; i++)
        {
            site.Write(PreviewSite.Article, original.Replace("Le premier paragraphe", $"Version {i:00}", StringComparison.Ordinal));
            await Task.Delay(5);
        }

        // Then the last one wins, and builds were coalesced rather than one per save
        var state = await preview.BuildWhereAsync(s => s.Files.TryGetValue(PreviewSite.ArticleFile, out var page) && Contains(page, "Version 20"));
        Assert.False(state.IsFailing);
        Assert.True(state.BuildCount - count < 20, $"{state.BuildCount - count} builds for 20 saves");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static bool Contains(byte[] page, string text) => System.Text.Encoding.UTF8.GetString(page).Contains(text, StringComparison.Ordinal);
}
