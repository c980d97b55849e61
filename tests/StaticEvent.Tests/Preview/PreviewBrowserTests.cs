using Microsoft.Playwright;
using StaticEvent.Preview;
using StaticEvent.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace StaticEvent.Tests.Preview;

/// <summary>
/// The preview as a reviewer sees it, in Debian's Chromium: edits on disk show up without
/// touching the browser, a broken build shows an overlay with the error's place in every open
/// tab until it is fixed, and a stylesheet edit applies without reloading the page.
/// Shares the one browser of the site tests, and runs one after another with them.
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class PreviewBrowserTests(BrowserFixture browser)
{
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 30_000 };

    [RequiresFact(Tool.Chromium)]
    public async Task EditsShowWithoutTouchingTheBrowserAndBrokenBuildsShowAnOverlayUntilFixed()
    {
        // Given the article and the home page open in two tabs
        using var site = new PreviewSite();
        await using var preview = await PreviewHarness.StartAsync(site, watch: true);
        await using var context = await browser.NewContextAsync();
        var article = await OpenAsync(context, preview, PreviewSite.ArticleUrl);
        var home = await OpenAsync(context, preview, "/fr/");
        await WaitForLiveConnectionsAsync(preview, 2);

        // When the Markdown is edited on disk
        site.Replace(PreviewSite.Article, "Le premier paragraphe", "Un paragraphe réécrit");

        // Then the page shows it by itself
        await Expect(article.Locator("main")).ToContainTextAsync("Un paragraphe réécrit", Patient);

        // When the front matter breaks
        site.Replace(PreviewSite.Article, "title: Bienvenue", "title: \"Bienvenue");

        // Then both tabs show the error with its file:line:col, over the last good page
        var failed = await preview.BuildWhereAsync(s => s.IsFailing);
        var error = failed.Errors[0];
        Assert.Equal(PreviewSite.Article, error.Location.Path);
        foreach (var tab in new[] { article, home })
        {
            var overlay = tab.Locator("#staticevent-overlay [role=alertdialog]");
            await Expect(overlay).ToContainTextAsync(error.Location.ToString(), Patient);
            await Expect(overlay).ToContainTextAsync(error.Code);
            await Expect(overlay).ToContainTextAsync(error.Message);
        }

        await Expect(article.Locator("main")).ToContainTextAsync("Un paragraphe réécrit");
        var close = article.GetByRole(AriaRole.Button, new() { Name = "Close the error overlay" });
        await Expect(close).ToBeFocusedAsync();

        // When it is fixed
        site.Replace(PreviewSite.Article, "title: \"Bienvenue", "title: Bienvenue");

        // Then the overlay goes away by itself, and the page is there
        await Expect(article.Locator("#staticevent-overlay")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(home.Locator("#staticevent-overlay")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(article.Locator("main")).ToContainTextAsync("Un paragraphe réécrit");
        await Expect(article.Locator("h1")).ToHaveTextAsync("Bienvenue à Marrakech");
    }

    [RequiresFact(Tool.Chromium)]
    public async Task TheOverlayCanBeClosedWithItsButtonOrEscape()
    {
        // Given a failing build shown in a tab
        using var site = new PreviewSite();
        await using var preview = await PreviewHarness.StartAsync(site, watch: true);
        await using var context = await browser.NewContextAsync();
        var page = await OpenAsync(context, preview, PreviewSite.ArticleUrl);
        await WaitForLiveConnectionsAsync(preview, 1);
        site.Replace(PreviewSite.Article, "title: Bienvenue", "title: \"Bienvenue");
        var overlay = page.Locator("#staticevent-overlay [role=alertdialog]");
        await Expect(overlay).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // When
        await page.Keyboard.PressAsync("Escape");

        // Then
        await Expect(page.Locator("#staticevent-overlay")).ToHaveCountAsync(0);
    }

    [RequiresFact(Tool.Chromium)]
    public async Task AStylesheetEditAppliesWithoutReloadingThePage()
    {
        // Given
        using var site = new PreviewSite();
        await using var preview = await PreviewHarness.StartAsync(site, watch: true);
        await using var context = await browser.NewContextAsync();
        var page = await OpenAsync(context, preview, PreviewSite.ArticleUrl);
        await WaitForLiveConnectionsAsync(preview, 1);
        await page.EvaluateAsync("() => { window.__previewMarker = 'still here'; }");
        Assert.Equal("rgb(10, 20, 30)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('h1')).color"));

        // When
        site.Replace(PreviewSite.Stylesheet, "rgb(10, 20, 30)", "rgb(200, 0, 0)");

        // Then the new style applies, and the page was not reloaded (its window kept the marker)
        await page.WaitForFunctionAsync(
            "() => getComputedStyle(document.querySelector('h1')).color === 'rgb(200, 0, 0)'", null, new() { Timeout = 30_000 });
        Assert.Equal("still here", await page.EvaluateAsync<string>("() => window.__previewMarker"));
        Assert.Equal(1, await page.Locator("link[rel=stylesheet]").CountAsync());
    }

    [RequiresFact(Tool.Chromium)]
    public async Task APageReconnectsAfterTheServerRestartsAndShowsWhatChangedMeanwhile()
    {
        // Given a page open on a server
        using var site = new PreviewSite();
        var first = await PreviewHarness.StartAsync(site, watch: true);
        var port = first.Server.Address.Port;
        await using var context = await browser.NewContextAsync();
        var page = await OpenAsync(context, first, PreviewSite.ArticleUrl);
        await WaitForLiveConnectionsAsync(first, 1);

        // When the server stops, the article changes, and a server starts again on the same port
        await first.DisposeAsync();
        site.Replace(PreviewSite.Article, "Le premier paragraphe", "Écrit pendant l’arrêt");
        await using var second = await PreviewHarness.StartAsync(site, watch: true, port: port);
        Assert.Equal(port, second.Server.Address.Port);

        // Then the page reconnects by itself and reloads
        await Expect(page.Locator("main")).ToContainTextAsync("Écrit pendant l’arrêt", Patient);
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, PreviewHarness preview, string path)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(preview.Server.Address, path).ToString());
        Assert.Equal(200, response?.Status);
        return page;
    }

    // The page's script connects after load; edits made before that would only show on the next hello.
    private static async Task WaitForLiveConnectionsAsync(PreviewHarness preview, int count)
    {
        var deadline = DateTime.UtcNow + PreviewHarness.Timeout;
        while (preview.Server.LiveConnections < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{preview.Server.LiveConnections} of {count} pages connected to the live-reload stream");
            await Task.Delay(50);
        }
    }
}
