using System.Text;
using Ical.Net;
using Microsoft.Playwright;
using StaticEvent.IO;
using StaticEvent.Output;
using StaticEvent.Programme;
using StaticEvent.Tests.Cli;
using StaticEvent.Tests.Support;
using Xunit.Abstractions;

namespace StaticEvent.Tests.Site;

/// <summary>
/// SPEC §5: the programme page of the default theme in a real browser. Its script
/// (<c>themes/default/static/js/programme.js</c>) highlights "now" and "next" in the visitor's own
/// time, filters by track, and keeps a personal agenda it can download as an <c>.ics</c> file;
/// without JavaScript the page still lists every session. The clock is fixed inside the event:
/// 2025-11-24T09:45:00Z is 10:45 in Marrakech (UTC+01:00), a quarter of an hour after the opening
/// ceremony began (its end was not announced, so it counts as lasting an hour).
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class ProgrammeBrowserTests(DefaultSiteFixture site, BrowserFixture browser, ITestOutputHelper output)
{
    private const string ProgrammeLink = "a[data-section='programme']";
    private const string Session = "[data-session]";
    private const string OpeningCeremony = "[data-session='opening-ceremony']";
    private static readonly DateTime DuringOpening = new(2025, 11, 24, 9, 45, 0, DateTimeKind.Utc);

    [RequiresFact(Tool.Chromium)]
    public async Task OpeningCeremonyIsMarkedNowWithAFixedClockInsideTheEvent()
    {
        // Given
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await page.Clock.SetFixedTimeAsync(DuringOpening);

        // When
        await OpenProgrammeAsync(page, "fr");

        // Then
        var opening = page.Locator(OpeningCeremony);
        var label = opening.Locator("[data-live='now']");
        var expected = await page.Locator("[data-programme]").GetAttributeAsync("data-label-now");
        Assert.False(string.IsNullOrEmpty(expected), "the programme must carry its \"now\" label in data-label-now");
        await Assertions.Expect(label).ToBeVisibleAsync();
        Assert.Equal(expected, (await label.TextContentAsync())?.Trim());
        Assert.Contains("is-now", await opening.GetAttributeAsync("class") ?? string.Empty);
        Assert.Equal("time", await opening.GetAttributeAsync("aria-current"));
        Assert.Equal(1, await page.Locator("[data-live='now']").CountAsync());
        Assert.Empty(errors);
    }

    [RequiresFact(Tool.Chromium)]
    public async Task MyTimeShowsTheMarrakechOpeningAtItsNewYorkTimeAndNamesTheZone()
    {
        // Given a visitor in New York
        await using var context = await browser.NewContextAsync(timeZone: "America/New_York");
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await OpenProgrammeAsync(page, "en");
        var start = page.Locator(OpeningCeremony).Locator(".session-time time").First;
        var note = page.Locator("[data-zone-note]");
        var eventNote = await note.TextContentAsync();
        Assert.Equal("10:30", (await start.TextContentAsync())?.Trim());

        // When they ask for their own time
        await page.Locator("[data-zone='mine']").ClickAsync();

        // Then 10:30 at UTC+01:00 reads 04:30, with their offset, and the note names their zone
        Assert.Equal("04:30", (await start.TextContentAsync())?.Trim());
        Assert.Equal("UTC\u221205:00", (await page.Locator(OpeningCeremony).Locator(".utc-offset").First.TextContentAsync())?.Trim());
        Assert.Contains("Eastern", await note.TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("true", await page.Locator("[data-zone='mine']").GetAttributeAsync("aria-pressed"));

        // And the choice is remembered, and undone
        await page.ReloadAsync();
        Assert.Equal("04:30", (await start.TextContentAsync())?.Trim());
        await page.Locator("[data-zone='event']").ClickAsync();
        Assert.Equal("10:30", (await start.TextContentAsync())?.Trim());
        Assert.Equal(eventNote, await note.TextContentAsync());
        Assert.Empty(errors);
    }

    [RequiresFact(Tool.Chromium)]
    public async Task AFavouritesLinkRestoresTheStarsInAFreshBrowser()
    {
        // Given stars in one browser
        string link;
        await using (var first = await browser.NewContextAsync())
        {
            var page = await first.NewPageAsync();
            await OpenProgrammeAsync(page, "fr");
            await page.Locator(OpeningCeremony).Locator("[data-star]").ClickAsync();
            link = await page.Locator("[data-agenda-link]").EvaluateAsync<string>("a => a.href");
        }

        // When the link opens in another one
        await using var second = await browser.NewContextAsync();
        var other = await second.NewPageAsync();
        await other.GotoAsync(link);

        // Then the star is there, kept, and the address is clean again
        Assert.Contains("#agenda=opening-ceremony", link, StringComparison.Ordinal);
        Assert.Equal("true", await other.Locator(OpeningCeremony).Locator("[data-star]").GetAttributeAsync("aria-pressed"));
        Assert.DoesNotContain("#", other.Url, StringComparison.Ordinal);
        await other.ReloadAsync();
        Assert.Equal("true", await other.Locator(OpeningCeremony).Locator("[data-star]").GetAttributeAsync("aria-pressed"));
    }

    [RequiresFact(Tool.Chromium)]
    public async Task NothingIsMarkedNowOutsideTheEvent()
    {
        // Given: a week before the event
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.Clock.SetFixedTimeAsync(DuringOpening.AddDays(-7));

        // When
        await OpenProgrammeAsync(page, "fr");

        // Then
        Assert.Equal(0, await page.Locator("[data-live]").CountAsync());
    }

    [RequiresFact(Tool.Chromium)]
    public async Task TrackFilterHidesOtherTracksAndShowsThemAgain()
    {
        // Given
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await OpenProgrammeAsync(page, "fr");
        var boxes = page.Locator("[data-filters] input[name='track']");
        Assert.True(await boxes.CountAsync() > 1, "the programme must offer a filter per track");
        var total = await page.Locator(Session).CountAsync();
        var kept = await page.Locator(OpeningCeremony).GetAttributeAsync("data-track");
        Assert.False(string.IsNullOrEmpty(kept), "the opening ceremony has a track in data/schedule.yml");

        // When: keep only the opening ceremony's track
        foreach (var box in await boxes.AllAsync())
        {
            await box.SetCheckedAsync(await box.GetAttributeAsync("value") == kept);
        }

        // Then
        var shown = 0;
        foreach (var item in await page.Locator(Session).AllAsync())
        {
            var sameTrack = await item.GetAttributeAsync("data-track") == kept;
            Assert.True(sameTrack == await item.IsVisibleAsync(), $"{await item.GetAttributeAsync("data-session")}: visible must mean track '{kept}'");
            shown += sameTrack ? 1 : 0;
        }

        Assert.InRange(shown, 1, total - 1);
        var count = await page.Locator("[data-count]").InnerTextAsync();
        Assert.Contains($"{shown} ", count);

        // When: every track again
        foreach (var box in await boxes.AllAsync())
        {
            await box.SetCheckedAsync(true);
        }

        // Then
        foreach (var item in await page.Locator(Session).AllAsync())
        {
            Assert.True(await item.IsVisibleAsync(), $"{await item.GetAttributeAsync("data-session")} must be shown again");
        }

        Assert.Empty(errors);
    }

    [RequiresFact(Tool.Chromium)]
    public async Task WithoutJavaScriptEverySessionIsListedAndTheToolsStayHidden()
    {
        // Given: a context of the same browser with JavaScript turned off
        await using var probe = await browser.NewContextAsync();
        var chromium = probe.Browser ?? throw new InvalidOperationException("no browser behind the context");
        await using var context = await chromium.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var page = await context.NewPageAsync();

        // When
        await OpenProgrammeAsync(page, "fr");

        // Then
        var items = await page.Locator(Session).AllAsync();
        Assert.True(items.Count > 1, "the programme lists its sessions in the HTML");
        Assert.Equal(items.Count, await page.Locator("a[data-kind='session']").CountAsync());
        foreach (var item in items)
        {
            Assert.True(await item.IsVisibleAsync(), $"{await item.GetAttributeAsync("data-session")} must be visible without JavaScript");
        }

        Assert.False(await page.Locator("[data-programme-tools]").IsVisibleAsync(), "filters need the script: hidden without it");
        Assert.Equal(0, await page.Locator("[data-star]:visible").CountAsync());
        Assert.True(await page.Locator("a[href$='.ics']").CountAsync() > items.Count, "calendar files are plain links");
    }

    [RequiresFact(Tool.Chromium)]
    public async Task StarredSessionsDownloadAsAValidCalendar()
    {
        // Given
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await OpenProgrammeAsync(page, "fr");
        var star = page.Locator($"{OpeningCeremony} [data-star]");
        var tbc = page.Locator("[data-session][data-kind='tbc']").First;
        var tbcId = await tbc.GetAttributeAsync("data-session");

        // When
        await star.ClickAsync();
        await tbc.Locator("[data-star]").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-agenda-download]").ClickAsync());
        var path = await download.PathAsync();
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8);

        // Then
        Assert.Equal("true", await star.GetAttributeAsync("aria-pressed"));
        Assert.EndsWith(".ics", download.SuggestedFilename);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text);
        Assert.DoesNotMatch("[^\r]\n", text);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}"));
        var uidDomain = ScheduleExportOptions.UidDomainOf(site.BaseUrl!);
        Assert.Contains("\r\nUID:opening-ceremony@" + uidDomain + "\r\n", text);
        Assert.Contains("\r\nDTSTART:20251124T093000Z\r\n", text);
        Assert.Contains("\r\nDTSTART;VALUE=DATE:", text);
        var calendar = Calendar.Load(text);
        Assert.NotNull(calendar);
        Assert.Equal(2, calendar!.Events.Count);
        Assert.Contains(calendar.Events, e => e.Uid == $"{tbcId}@{uidDomain}" && !e.DtStart!.HasTime);
        var served = Calendar.Load(await File.ReadAllTextAsync(Path.Combine(site.OutputDirectory, "fr", "programme", "schedule.ics")))!;
        Assert.Empty(calendar.Events.Select(e => e.Uid).Except(served.Events.Select(e => e.Uid)));

        // When: the page is opened again, the agenda is still there
        await page.ReloadAsync();

        // Then
        Assert.Equal("true", await page.Locator($"{OpeningCeremony} [data-star]").GetAttributeAsync("aria-pressed"));
        Assert.Empty(errors);
    }

    [RequiresFact(Tool.Chromium)]
    public async Task OnASiteBelowABasePathTheAgendaHasTheUidsOfTheServedCalendar()
    {
        // Given: the site built as a second edition on a shared host, served under /ga94/
        using var folder = new TempDirectory();
        var sink = new MemoryOutputSink();
        var options = new BuildOptions { SourceDirectory = Prerequisites.RepositoryRoot, BaseUrl = "https://example.org/ga94/", MaxParallelism = 2 };
        Assert.True(SiteBuilder.Build(new PhysicalFileSource(Prerequisites.RepositoryRoot), sink, options).Succeeded);
        foreach (var (path, bytes) in sink.Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder.Path, path))!);
            await File.WriteAllBytesAsync(Path.Combine(folder.Path, path), bytes);
        }

        await using var server = await StaticFileServer.StartAsync(folder.Path, "/ga94/");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        Assert.True(await page.GotoAsync(server.Url("fr/programme/").AbsoluteUri) is { Ok: true });

        // When
        await page.Locator($"{OpeningCeremony} [data-star]").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-agenda-download]").ClickAsync());
        var agenda = Calendar.Load(await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8))!;

        // Then
        var served = Calendar.Load(sink.Text("fr/programme/schedule.ics"))!;
        Assert.Equal("opening-ceremony@example.org/ga94", Assert.Single(agenda.Events).Uid);
        Assert.Contains(served.Events, e => e.Uid == agenda.Events.First().Uid);
        Assert.Empty(errors);
    }

    [RequiresFact(Tool.Chromium)]
    public async Task StarsWorkWhenLocalStorageIsUnavailable()
    {
        // Given: a browser that refuses storage (as some private modes do)
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync("Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });");
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await OpenProgrammeAsync(page, "fr");
        var star = page.Locator($"{OpeningCeremony} [data-star]");

        // When
        await star.ClickAsync();

        // Then
        Assert.Equal("true", await star.GetAttributeAsync("aria-pressed"));
        Assert.False(await page.Locator("[data-agenda-download]").IsDisabledAsync());
        Assert.Empty(errors);
    }

    [RequiresTheory(Tool.Chromium)]
    [InlineData("fr", 375, 812)]
    [InlineData("fr", 1280, 800)]
    [InlineData("ar", 375, 812)]
    [InlineData("ar", 1280, 800)]
    public async Task ProgrammeScreenshotDuringTheEventIsSaved(string lang, int width, int height)
    {
        // Given
        await using var context = await browser.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await page.Clock.SetFixedTimeAsync(DuringOpening);
        await OpenProgrammeAsync(page, lang);

        // When
        Directory.CreateDirectory(RtlLayoutTests.ScreenshotFolder);
        var path = Path.Combine(RtlLayoutTests.ScreenshotFolder, $"programme-{lang}-{width}x{height}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        // Then
        Assert.True(new FileInfo(path).Length > 0, $"empty screenshot {path}");
        output.WriteLine($"screenshot: {path}");
    }

    /// <summary>Opens the language's home, then the programme through the main menu (the theme's contract).</summary>
    private async Task OpenProgrammeAsync(IPage page, string lang)
    {
        var server = await site.GetServerAsync();
        var home = await page.GotoAsync(server.Url($"{lang}/").AbsoluteUri);
        Assert.True(home is { Ok: true }, $"GET /{lang}/ answered {home?.Status.ToString() ?? "nothing"}");
        var link = page.Locator(ProgrammeLink).First;
        Assert.True(await page.Locator(ProgrammeLink).CountAsync() > 0, $"no {ProgrammeLink} in the main menu of /{lang}/");
        var href = await link.EvaluateAsync<string>("a => a.href");
        var url = await site.ToServerUrlAsync(new Uri(href));
        var response = await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Ok: true }, $"GET {url} answered {response?.Status.ToString() ?? "nothing"}");
        output.WriteLine($"programme: {url.AbsolutePath}");
    }

    private static List<string> CollectErrors(IPage page)
    {
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        return errors;
    }
}
