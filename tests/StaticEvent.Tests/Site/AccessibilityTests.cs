using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using StaticEvent.Tests.Support;
using Xunit.Abstractions;

namespace StaticEvent.Tests.Site;

/// <summary>
/// SPEC §6: the default theme is accessible. axe-core runs in Chromium on the home page, the news
/// list, its first article, the 404 page, the programme, its first session, that session's first
/// speaker, and the topics and people indexes of each language, in light and in dark mode; any
/// violation of a WCAG 2.x A/AA rule (up to 2.2 AA) fails, and so does a serious or critical one of
/// axe's other rules.
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class AccessibilityTests(DefaultSiteFixture site, BrowserFixture browser, ITestOutputHelper output)
{
    private const string RunAxe = """
        async () => {
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return results.violations.map(v => ({
            id: v.id,
            impact: v.impact ?? '',
            help: v.help,
            tags: v.tags,
            targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' ')),
          }));
        }
        """;

    private static readonly HashSet<string> WcagAa = new(StringComparer.Ordinal) { "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa" };

    public static TheoryData<string, ColorScheme> Languages()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var language in SiteSelectors.Languages)
        {
            data.Add(language, ColorScheme.Light);
            data.Add(language, ColorScheme.Dark);
        }

        return data;
    }

    [RequiresTheory(Tool.Chromium, Tool.Axe)]
    [MemberData(nameof(Languages))]
    public async Task KeyPagesHaveNoWcagAaViolationInLightOrDarkMode(string lang, ColorScheme scheme)
    {
        // Given
        var server = await site.GetServerAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
        var failures = new List<string>();

        // When: home → news list → first article, then the 404 page
        var home = server.Url($"{lang}/");
        await CheckAsync(page, home, failures);
        var list = await FollowAsync(page, SiteSelectors.NewsSectionLink);
        await CheckAsync(page, list, failures);
        var article = await FollowAsync(page, SiteSelectors.ArticleLink);
        await CheckAsync(page, article, failures);
        await CheckAsync(page, server.Url($"{lang}/404.html"), failures);

        // When: the programme (menu link), its first session, and that session's first speaker
        var programme = await FollowAsync(page, "a[data-section='programme']");
        await CheckAsync(page, programme, failures);
        var session = await FollowAsync(page, "a[data-kind='session']");
        await CheckAsync(page, session, failures);
        var speaker = await FollowAsync(page, "a[data-kind='speaker']");
        await CheckAsync(page, speaker, failures);

        // When: the people's index (the speaker page's kicker) and the topics' index (above a tag page)
        var people = await FollowAsync(page, ".speaker-heading .kicker a");
        await CheckAsync(page, people, failures);
        await CheckAsync(page, article, failures);
        var tag = await FollowAsync(page, ".tags a");
        await CheckAsync(page, tag, failures);
        var topics = await FollowAsync(page, ".breadcrumbs li:nth-last-child(2) a");
        await CheckAsync(page, topics, failures);

        // Then
        Assert.True(failures.Count == 0, $"axe-core found violations ({lang}, {scheme}):\n" + string.Join('\n', failures));
    }

    private async Task CheckAsync(IPage page, Uri url, List<string> failures)
    {
        var response = await page.GotoAsync(url.AbsoluteUri);
        Assert.True(response is { Ok: true }, $"GET {url} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Prerequisites.AxeScriptPath });
        var violations = await page.EvaluateAsync<JsonElement>(RunAxe);

        var count = 0;
        foreach (var violation in violations.EnumerateArray())
        {
            var impact = violation.GetProperty("impact").GetString();
            var wcag = violation.GetProperty("tags").EnumerateArray().Any(t => WcagAa.Contains(t.GetString()!));
            if (!wcag && impact is not ("serious" or "critical"))
            {
                continue;
            }

            count++;
            var targets = string.Join(", ", violation.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
            failures.Add($"{url.AbsolutePath}: {violation.GetProperty("id").GetString()} ({impact}): " +
                $"{violation.GetProperty("help").GetString()} — at {targets}");
        }

        output.WriteLine($"{url.AbsolutePath}: {count} violation(s)");
    }

    /// <summary>The server URL of the first link matching <paramref name="selector"/> on the current page.</summary>
    private async Task<Uri> FollowAsync(IPage page, string selector)
    {
        var link = page.Locator(selector);
        Assert.True(
            await link.CountAsync() > 0,
            $"No {selector} on {page.Url}: the theme must mark it (contract in Support/SiteSelectors.cs).");
        var href = await link.First.EvaluateAsync<string>("a => a.href");
        return await site.ToServerUrlAsync(new Uri(href));
    }
}
