using System.Text.Json;
using Microsoft.Playwright;
using StaticEvent.Tests.Support;
using Xunit.Abstractions;

namespace StaticEvent.Tests.Site;

/// <summary>
/// SPEC §6: the default theme is accessible. axe-core runs in Chromium on the home page, the news
/// list, its first article, the 404 page, the programme, its first session and that session's first
/// speaker of each language; a serious or critical violation fails.
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
            targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' ')),
          }));
        }
        """;

    public static TheoryData<string> Languages => new(SiteSelectors.Languages);

    [RequiresTheory(Tool.Chromium, Tool.Axe)]
    [MemberData(nameof(Languages))]
    public async Task KeyPagesHaveNoSeriousOrCriticalAxeViolations(string lang)
    {
        // Given
        var server = await site.GetServerAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
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

        // Then
        Assert.True(failures.Count == 0, $"axe-core found serious or critical violations ({lang}):\n" + string.Join('\n', failures));
    }

    private async Task CheckAsync(IPage page, Uri url, List<string> failures)
    {
        var response = await page.GotoAsync(url.AbsoluteUri);
        Assert.True(response is { Ok: true }, $"GET {url} answered {response?.Status.ToString() ?? "nothing"}");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Prerequisites.AxeScriptPath });
        var violations = await page.EvaluateAsync<JsonElement>(RunAxe);

        var count = 0;
        foreach (var violation in violations.EnumerateArray())
        {
            var impact = violation.GetProperty("impact").GetString();
            if (impact is not ("serious" or "critical"))
            {
                continue;
            }

            count++;
            var targets = string.Join(", ", violation.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
            failures.Add($"{url.AbsolutePath}: {violation.GetProperty("id").GetString()} ({impact}): " +
                $"{violation.GetProperty("help").GetString()} — at {targets}");
        }

        output.WriteLine($"{url.AbsolutePath}: {count} serious or critical violation(s)");
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
