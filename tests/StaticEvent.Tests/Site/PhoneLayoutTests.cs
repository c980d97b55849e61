using System.Globalization;
using Microsoft.Playwright;
using StaticEvent.Tests.Support;
using Xunit.Abstractions;

namespace StaticEvent.Tests.Site;

/// <summary>
/// On a 390×844 phone the header is a compact bar (at most a fifth of the screen) whose menu opens
/// without JavaScript, and no page of any language is wider than the screen, in light or dark mode.
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class PhoneLayoutTests(DefaultSiteFixture site, BrowserFixture browser, ITestOutputHelper output)
{
    private const int Width = 390;
    private const int Height = 844;

    [RequiresFact(Tool.Chromium)]
    public async Task TheHeaderTakesAtMostAFifthOfAPhoneScreenOnEveryKindOfPage()
    {
        var server = await site.GetServerAsync();
        await using var context = await browser.NewContextAsync(Width, Height);
        var page = await context.NewPageAsync();
        foreach (var path in SamplePages())
        {
            await OpenAsync(page, server.Url(path));
            var box = await page.Locator("header.site-header").BoundingBoxAsync();
            Assert.NotNull(box);
            output.WriteLine($"/{path}: header {box.Height:0} px");
            Assert.True(box.Height <= Height * 0.2, $"/{path}: the header is {box.Height:0} px high, more than a fifth of {Height} px");
        }
    }

    [RequiresFact(Tool.Chromium)]
    public async Task TheMenuOpensAndClosesWithoutJavaScript()
    {
        var server = await site.GetServerAsync();
        await using var context = await browser.NewContextAsync(Width, Height, javaScript: false);
        var page = await context.NewPageAsync();
        await OpenAsync(page, server.Url("fr/"));
        var menu = page.Locator(".main-nav");
        Assert.False(await menu.IsVisibleAsync(), "the menu is open before the button is pressed");

        await page.Locator("a.menu-open").ClickAsync();
        Assert.True(await menu.IsVisibleAsync(), "the Menu button did not open the menu");
        var links = await page.Locator(".main-nav a").AllAsync();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var box = await link.BoundingBoxAsync();
            Assert.True(box is { Height: >= 24 }, $"a menu link is {box?.Height:0} px high: targets need 24 px (WCAG 2.5.8)");
        }

        await page.Locator("a.menu-close").ClickAsync();
        Assert.False(await menu.IsVisibleAsync(), "the close link did not fold the menu");
    }

    [RequiresTheory(Tool.Chromium)]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task NoPageOfAnyLanguageIsWiderThanThePhone(ColorScheme scheme)
    {
        var server = await site.GetServerAsync();
        await using var context = await browser.NewContextAsync(Width, Height);
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
        foreach (var path in site.HtmlFiles().Where(p => p.EndsWith("index.html", StringComparison.Ordinal)))
        {
            await OpenAsync(page, server.Url(path));
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= Width, $"/{path} is {width} px wide on a {Width} px phone ({scheme})");
        }
    }

    [RequiresFact(Tool.Chromium)]
    public async Task DarkModeTurnsTheSurfacesDark()
    {
        var server = await site.GetServerAsync();
        await using var context = await browser.NewContextAsync(Width, Height);
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await OpenAsync(page, server.Url("fr/"));

        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        var text = await page.EvaluateAsync<string>("getComputedStyle(document.body).color");
        Assert.Equal("rgb(20, 24, 31)", background);
        Assert.Equal("rgb(230, 233, 239)", text);
    }

    /// <summary>One page of each kind in each language: home, a section, an article, the programme, a session, a speaker, the indexes.</summary>
    private IEnumerable<string> SamplePages()
    {
        var files = site.HtmlFiles();
        foreach (var language in files.Where(f => f.Count(c => c == '/') == 1 && f.EndsWith("/index.html", StringComparison.Ordinal)).Select(f => f.Split('/')[0]))
        {
            foreach (var depth in new[] { 1, 2, 3 })
            {
                foreach (var path in files.Where(f => f.StartsWith(language + "/", StringComparison.Ordinal) && f.Count(c => c == '/') == depth).Take(3))
                {
                    yield return path;
                }
            }
        }
    }

    private static async Task OpenAsync(IPage page, Uri url)
    {
        var response = await page.GotoAsync(url.AbsoluteUri);
        Assert.True(response is { Ok: true }, $"GET {url} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
    }
}
