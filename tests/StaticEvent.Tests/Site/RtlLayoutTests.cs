using System.Globalization;
using Microsoft.Playwright;
using StaticEvent.Tests.Support;
using Xunit.Abstractions;

namespace StaticEvent.Tests.Site;

/// <summary>
/// SPEC §6–7: Arabic pages are right-to-left with a mirrored layout. Screenshots of the French and
/// Arabic home pages at phone and desktop sizes are kept in <c>TestResults/screenshots/</c> under
/// the test output folder for a person to look at.
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class RtlLayoutTests(DefaultSiteFixture site, BrowserFixture browser, ITestOutputHelper output)
{
    private const int DesktopWidth = 1280;
    private const int DesktopHeight = 800;

    /// <summary>Where the screenshots go.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [RequiresTheory(Tool.Chromium)]
    [InlineData("fr", 375, 812)]
    [InlineData("fr", DesktopWidth, DesktopHeight)]
    [InlineData("ar", 375, 812)]
    [InlineData("ar", DesktopWidth, DesktopHeight)]
    public async Task HomePageScreenshotIsSaved(string lang, int width, int height)
    {
        // Given
        var server = await site.GetServerAsync();
        await using var context = await browser.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await OpenAsync(page, server.Url($"{lang}/"));

        // When
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"home-{lang}-{width}x{height}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        // Then
        Assert.True(new FileInfo(path).Length > 0, $"empty screenshot {path}");
        output.WriteLine($"screenshot: {path}");
    }

    [RequiresTheory(Tool.Chromium)]
    [InlineData("fr", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task HtmlElementDeclaresLanguageAndDirection(string lang, string direction)
    {
        // Given
        var server = await site.GetServerAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        // When
        await OpenAsync(page, server.Url($"{lang}/"));
        var html = page.Locator("html");

        // Then
        Assert.Equal(lang, await html.GetAttributeAsync("lang"));
        var dir = await html.GetAttributeAsync("dir");
        if (direction == "rtl" || dir is not null)
        {
            Assert.Equal(direction, dir);
        }
    }

    [RequiresTheory(Tool.Chromium)]
    [InlineData("fr", false)]
    [InlineData("ar", true)]
    public async Task SiteTitleSitsOnTheReadingStartSideOfTheDesktopHeader(string lang, bool rightHalf)
    {
        // Given
        var server = await site.GetServerAsync();
        await using var context = await browser.NewContextAsync(DesktopWidth, DesktopHeight);
        var page = await context.NewPageAsync();
        await OpenAsync(page, server.Url($"{lang}/"));

        // When
        var title = page.Locator(SiteSelectors.SiteTitle);
        Assert.True(
            await title.CountAsync() > 0,
            $"No {SiteSelectors.SiteTitle} on /{lang}/: the theme must mark it (contract in Support/SiteSelectors.cs).");
        var box = await title.First.BoundingBoxAsync();

        // Then
        Assert.NotNull(box);
        var middle = DesktopWidth / 2f;
        var where = $"{SiteSelectors.SiteTitle} on /{lang}/ spans x = {box.X:0.#} to {box.X + box.Width:0.#} in a {DesktopWidth} px wide viewport";
        output.WriteLine(where);
        if (rightHalf)
        {
            Assert.True(box.X >= middle, $"{where}: it should lie in the right half (x ≥ {middle}).");
        }
        else
        {
            Assert.True(box.X + box.Width <= middle, $"{where}: it should lie in the left half (x ≤ {middle}).");
        }
    }

    private static async Task OpenAsync(IPage page, Uri url)
    {
        var response = await page.GotoAsync(url.AbsoluteUri);
        Assert.True(response is { Ok: true }, $"GET {url} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
    }
}
