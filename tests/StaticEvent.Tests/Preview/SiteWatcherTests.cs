using StaticEvent.Preview;

namespace StaticEvent.Tests.Preview;

/// <summary>Which files the watcher cares about, and its polling fallback.</summary>
public sealed class SiteWatcherTests
{
    [Theory]
    [InlineData("site.yml", true)]
    [InlineData("content/news/welcome.fr.md", true)]
    [InlineData("content/news/photo.jpg", true)]
    [InlineData("data/schedule.yml", true)]
    [InlineData("themes/default/layouts/base.sbn", true)]
    [InlineData("static/css/site.css", true)]
    [InlineData("layouts/page.sbn", true)]
    [InlineData("i18n/fr.yml", true)]
    [InlineData("static/.well-known/security.txt", true)]
    [InlineData("content", true)]
    [InlineData("public/fr/index.html", false)]
    [InlineData(".public.x1y2/fr/index.html", false)]
    [InlineData("README.md", false)]
    [InlineData(".git/index", false)]
    [InlineData("content/news/.welcome.fr.md.swp", false)]
    [InlineData("content/news/.welcome.fr.md.swx", false)]
    [InlineData("content/news/welcome.fr.md~", false)]
    [InlineData("content/news/4913", false)]
    [InlineData("content/news/.#welcome.fr.md", false)]
    [InlineData("content/news/#welcome.fr.md#", false)]
    [InlineData("content/news/welcome.fr.md___jb_tmp___", false)]
    [InlineData("content/news/welcome.fr.md___jb_old___", false)]
    [InlineData("content/news/.goutputstream-XYZ123", false)]
    [InlineData("themes/default/.git/HEAD", false)]
    public void OnlyFilesABuildReadsCount(string path, bool relevant) =>
        Assert.Equal(relevant, SiteWatcher.IsRelevant(path));

    [Fact]
    public async Task WithoutWatchersLeftItPollsAndStillSeesChanges()
    {
        // Given a watcher that polls (as when inotify's limits are reached)
        using var site = new PreviewSite();
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new StringWriter();
        using var watcher = new SiteWatcher(site.Directory, TimeSpan.FromMilliseconds(20), () => changed.TrySetResult(), log) { PollOnly = true };
        watcher.Start();

        // When
        await Task.Delay(100);
        site.Replace(PreviewSite.Article, "Le premier paragraphe", "Vu par sondage");

        // Then
        await changed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(watcher.IsPolling);
        Assert.Contains("checking the site folder every", log.ToString(), StringComparison.Ordinal);
    }
}
