using System.Net;
using System.Text;
using StaticEvent.Preview;

namespace StaticEvent.Tests.Preview;

/// <summary>
/// What each open page is told after a build (server-sent events): reload when its own page or a
/// shared asset changed, swap stylesheets when only CSS changed, show the errors when the build
/// failed, and drop them when it builds again.
/// </summary>
public sealed class LiveReloadTests : IAsyncLifetime
{
    private const string OtherPage = "/ar/";

    private readonly PreviewSite _site = new();
    private PreviewHarness _preview = null!;

    public async Task InitializeAsync() => _preview = await PreviewHarness.StartAsync(_site);

    public async Task DisposeAsync()
    {
        await _preview.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task AnEditedArticleReloadsItsPageAndNotTheOthers()
    {
        // Given
        using var article = await _preview.OpenEventsAsync(PreviewSite.ArticleUrl);
        using var other = await _preview.OpenEventsAsync(OtherPage);
        using var review = await _preview.OpenEventsAsync(ReviewPage.Path);

        // When
        _site.Replace(PreviewSite.Article, "Le premier paragraphe", "Un autre paragraphe");
        var state = await _preview.RebuildAsync();

        // Then
        var (name, data) = await article.NextAsync();
        Assert.Equal("reload", name);
        Assert.Equal(state.BuildId, data.GetProperty("build").GetString());
        Assert.Equal("built", (await other.NextAsync()).Name);
        Assert.Equal("reload", (await review.NextAsync()).Name);
    }

    [Fact]
    public async Task AStylesheetEditIsSentAsAStylesheetSwapToEveryPage()
    {
        // Given
        using var article = await _preview.OpenEventsAsync(PreviewSite.ArticleUrl);
        using var other = await _preview.OpenEventsAsync(OtherPage);

        // When
        _site.Replace(PreviewSite.Stylesheet, "rgb(10, 20, 30)", "rgb(200, 0, 0)");
        var state = await _preview.RebuildAsync();

        // Then every page changed only in the stylesheet's fingerprint
        Assert.Contains("css/site.css", state.ChangedFiles);
        Assert.Contains(PreviewSite.ArticleFile, state.ChangedFiles);
        foreach (var events in new[] { article, other })
        {
            var (name, data) = await events.NextAsync();
            Assert.Equal("css", name);
            var url = Assert.Single(data.GetProperty("urls").EnumerateArray()).GetString();
            Assert.Matches(@"^/css/site\.[0-9a-f]{10}\.css$", url);
        }
    }

    [Fact]
    public async Task AStylesheetEditTogetherWithATemplateEditReloads()
    {
        using var article = await _preview.OpenEventsAsync(PreviewSite.ArticleUrl);

        _site.Replace(PreviewSite.Stylesheet, "rgb(10, 20, 30)", "rgb(200, 0, 0)");
        _site.Replace("themes/default/layouts/article.sbn", "<h1>", "<h1 class=\"title\">");
        await _preview.RebuildAsync();

        Assert.Equal("reload", (await article.NextAsync()).Name);
    }

    [Fact]
    public async Task ABrokenBuildSendsItsErrorsToEveryPageAndTheFixClearsThem()
    {
        // Given
        using var article = await _preview.OpenEventsAsync(PreviewSite.ArticleUrl);
        using var other = await _preview.OpenEventsAsync(OtherPage);
        var good = _preview.Server.Current;
        var original = _site.Read(PreviewSite.Article);

        // When the front matter breaks
        _site.Write(PreviewSite.Article, original.Replace("title: Bienvenue", "title: \"Bienvenue", StringComparison.Ordinal));
        var failed = await _preview.RebuildAsync();

        // Then every page is told, with the place of each error, and the last good site stays
        Assert.True(failed.IsFailing);
        Assert.Same(good.Files, failed.Files);
        var error = failed.Errors[0];
        Assert.Equal(PreviewSite.Article, error.Location.Path);
        foreach (var events in new[] { article, other })
        {
            var (name, data) = await events.NextAsync();
            Assert.Equal("errors", name);
            var first = data.GetProperty("errors")[0];
            Assert.Equal(error.Location.ToString(), first.GetProperty("location").GetString());
            Assert.Equal(error.Code, first.GetProperty("code").GetString());
            Assert.Equal(error.Message, first.GetProperty("message").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, (await _preview.Client.GetAsync(PreviewSite.ArticleUrl)).StatusCode);

        // And a page that opens now hears about the errors at once
        using var late = new EventStream(await _preview.Client.GetAsync("/_staticevent/events?path=%2Ffr%2F", HttpCompletionOption.ResponseHeadersRead));
        var hello = await late.NextAsync();
        Assert.Equal(error.Location.ToString(), hello.Data.GetProperty("errors")[0].GetProperty("location").GetString());

        // When it is fixed as it was
        _site.Write(PreviewSite.Article, original);
        var fixedUp = await _preview.RebuildAsync();

        // Then the pages drop the overlay, with nothing to reload
        Assert.False(fixedUp.IsFailing);
        Assert.Equal(good.BuildId, fixedUp.BuildId);
        Assert.Equal("built", (await article.NextAsync()).Name);
        Assert.Equal("built", (await other.NextAsync()).Name);
    }

    [Fact]
    public async Task ABuildThatThrowsIsShownAsAnErrorAndTheServerStaysUp()
    {
        // Given
        using var article = await _preview.OpenEventsAsync(PreviewSite.ArticleUrl);
        var original = _site.Read(PreviewSite.Article);

        // When an unclosed flow sequence in front matter (YamlDotNet throws on it, as of this writing)
        _site.Write(PreviewSite.Article, original.Replace("title: Bienvenue", "title: [Bienvenue", StringComparison.Ordinal));
        var failed = await _preview.RebuildAsync();

        // Then
        Assert.True(failed.IsFailing);
        Assert.Equal("errors", (await article.NextAsync()).Name);
        Assert.Equal(HttpStatusCode.OK, (await _preview.Client.GetAsync(PreviewSite.ArticleUrl)).StatusCode);

        // And the next good build recovers
        _site.Write(PreviewSite.Article, original);
        Assert.False((await _preview.RebuildAsync()).IsFailing);
        Assert.Equal("built", (await article.NextAsync()).Name);
    }

    [Fact]
    public async Task ADeletedPageReloadsIntoTheNotFoundPage()
    {
        using var page = await _preview.OpenEventsAsync("/fr/actualites/only-french/");

        File.Delete(_site.PathOf("content/news/only-french.fr.md"));
        await _preview.RebuildAsync();

        Assert.Equal("reload", (await page.NextAsync()).Name);
        Assert.Equal(HttpStatusCode.NotFound, (await _preview.Client.GetAsync("/fr/actualites/only-french/")).StatusCode);
    }

    [Fact]
    public async Task APageThatDidNotExistReloadsWhenItIsCreated()
    {
        using var page = await _preview.OpenEventsAsync("/fr/actualites/new-page/");

        _site.Write("content/news/new-page.fr.md", "---\ntitle: Nouvelle\n---\nNeuve.\n");
        await _preview.RebuildAsync();

        Assert.Equal("reload", (await page.NextAsync()).Name);
    }

    [Fact]
    public async Task AnEventStreamForABadPathIsRefused()
    {
        using var response = await _preview.Client.GetAsync("/_staticevent/events?path=" + Uri.EscapeDataString("/../site.yml"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AFirstBuildThatFailsStillServesItsErrorsAndRecovers()
    {
        // Given a site whose first build fails
        using var site = new PreviewSite();
        var original = site.Read(PreviewSite.Article);
        site.Write(PreviewSite.Article, original.Replace("title: Bienvenue", "title: \"Bienvenue", StringComparison.Ordinal));

        // When
        await using var preview = await PreviewHarness.StartAsync(site);
        using var response = await preview.Client.GetAsync("/fr/");

        // Then
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(PreviewSite.Article + ":", body, StringComparison.Ordinal);
        Assert.Contains(LiveScriptInjector.ScriptUrl, body, StringComparison.Ordinal);

        // When it is fixed
        using var events = await preview.OpenEventsAsync("/fr/");
        site.Write(PreviewSite.Article, original);
        await preview.RebuildAsync();

        // Then
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Equal(HttpStatusCode.OK, (await preview.Client.GetAsync("/fr/")).StatusCode);
    }

    [Fact]
    public void PagesThatDifferOnlyInAStylesheetFingerprintCountAsUnchanged()
    {
        var before = Encoding.UTF8.GetBytes("<link href=\"/css/site.0123456789.css\"><link href=\"/css/print.aaaaaaaaaa.css\"><p>x</p>");
        var after = Encoding.UTF8.GetBytes("<link href=\"/css/site.9876543210.css\"><link href=\"/css/print.abcdefabcd.css\"><p>x</p>");
        var text = Encoding.UTF8.GetBytes("<link href=\"/css/site.9876543210.css\"><link href=\"/css/print.abcdefabcd.css\"><p>y</p>");
        var script = Encoding.UTF8.GetBytes("<script src=\"/js/app.0123456789.js\"></script>");
        var script2 = Encoding.UTF8.GetBytes("<script src=\"/js/app.9876543210.js\"></script>");

        Assert.True(ChangeClassifier.DiffersOnlyInStylesheetFingerprints(before, after));
        Assert.False(ChangeClassifier.DiffersOnlyInStylesheetFingerprints(before, text));
        Assert.False(ChangeClassifier.DiffersOnlyInStylesheetFingerprints(script, script2));
    }
}
