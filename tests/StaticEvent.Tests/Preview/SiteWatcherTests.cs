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

/// <summary>The watcher's record of what changed, which lets a rebuild skip stat'ing the rest.</summary>
public sealed class ChangeJournalTests
{
    [Fact]
    public void TakeGivesWhatChangedSinceTheLastTakeAndStartsAgain()
    {
        var journal = new ChangeJournal();
        Assert.Null(journal.Take()); // nothing is known before the first build

        journal.Add("content/news/a.fr.md");
        journal.Add("content/news/b.fr.md");
        Assert.Equal(["content/news/a.fr.md", "content/news/b.fr.md"], journal.Take()!.Order(StringComparer.Ordinal));
        Assert.Empty(journal.Take()!);

        journal.Add("content/news/a.fr.md");
        journal.Lose();
        journal.Add("content/news/c.fr.md");
        Assert.Null(journal.Take());
        Assert.Empty(journal.Take()!);
    }

    [Fact]
    public async Task TheWatcherNamesTheFileThatChanged()
    {
        // Given a watcher with a journal, taken once after it started
        using var site = new PreviewSite();
        var (watcher, journal, changed) = Watch(site);
        using var _ = watcher;

        // When an article is saved
        site.Replace(PreviewSite.Article, "Le premier paragraphe", "Un autre paragraphe");
        await changed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Then the journal names it, as the build will see it
        Assert.Equal([PreviewSite.Article], journal.Take()!);
    }

    [Fact]
    public async Task AFolderMovedInMakesTheNextBuildCheckEveryFile()
    {
        using var site = new PreviewSite();
        var (watcher, journal, changed) = Watch(site);
        using var _ = watcher;

        // When a folder with files in it is moved into content/ (its files raise no events of their own)
        var outside = Path.Combine(site.Directory, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "moved.fr.md"), "---\ntitle: Déplacé\n---\nTexte.\n");
        Directory.Move(outside, Path.Combine(site.Directory, "content", "moved"));
        await changed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(journal.Take());
    }

    /// <summary>A started watcher whose journal was taken once, and a task that completes at its first change.</summary>
    private static (SiteWatcher Watcher, ChangeJournal Journal, TaskCompletionSource Changed) Watch(PreviewSite site)
    {
        var journal = new ChangeJournal();
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = new SiteWatcher(site.Directory, TimeSpan.FromMilliseconds(20), () => changed.TrySetResult()) { Journal = journal };
        watcher.Start();
        journal.Take();
        return (watcher, journal, changed);
    }
}
