using StaticEvent.Tests.Infrastructure;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Locale;

/// <summary>
/// Sessions across the night Europe/Paris goes back from UTC+02:00 to UTC+01:00 (25 October 2026,
/// 03:00 → 02:00): 02:30 happens twice. The theme's real session-time partial shows each end's offset.
/// </summary>
public sealed class ClockChangeTests
{
    private static string Site(string sessions) => """
        -- site.yml --
        baseUrl: https://example.org/
        defaultLanguage: fr
        timeZone: Europe/Paris
        buildDate: 2026-10-01T12:00:00+02:00
        languages:
          - code: fr
            name: Français
            culture: fr-FR
            title: Site FR
          - code: ar
            name: العربية
            culture: ar-MA
            direction: rtl
            title: موقع
        menus:
          main:
            - ref: _index
        -- data/schedule.yml --
        event:
          start: 2026-10-24
          end: 2026-10-26
        sessions:
        SESSIONS
        -- themes/default/layouts/schedule.sbn --
        <ul>{{ for s in schedule.sessions }}<li id="{{ s.id }}">{{ include "session-time" }}</li>{{ end }}</ul>
        -- themes/default/layouts/session.sbn --
        <h1>{{ session.title }}</h1>
        -- themes/default/layouts/speaker.sbn --
        <h1>{{ speaker.name }}</h1>
        """.Replace("SESSIONS", sessions, StringComparison.Ordinal);

    private static BuildOutcome Build(string sessions)
    {
        var partial = File.ReadAllText(Path.Combine(Prerequisites.RepositoryRoot, "themes", "default", "layouts", "partials", "session-time.sbn"));
        return TestSite.WithBaseTheme(Site(sessions)).With("themes/default/layouts/partials/session-time.sbn", partial).Build();
    }

    private static string Text(BuildOutcome outcome, string id) =>
        string.Join(" ", outcome.Html("fr/programme/index.html").GetElementById(id)!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void SessionAcrossTheChangeShowsTheEndsOwnOffset()
    {
        var outcome = Build("""
              - id: night
                start: 2026-10-25T02:30+02:00
                duration: 2h
                title: Nuit
            """).AssertSuccess();

        // Two hours of real time from the first 02:30 end at 03:30 winter time.
        Assert.Equal("02:30 UTC+02:00 – 03:30 UTC+01:00", Text(outcome, "night"));
        var times = outcome.Html("fr/programme/index.html").GetElementById("night")!.QuerySelectorAll("time");
        Assert.Equal(["2026-10-25T02:30:00+02:00", "2026-10-25T03:30:00+01:00"], times.Select(t => t.GetAttribute("datetime")));
    }

    [Fact]
    public void SessionWithinOneOffsetShowsOneOffset()
    {
        var outcome = Build("""
              - id: morning
                start: 2026-10-25T10:00
                end: "11:00"
                title: Matin
            """).AssertSuccess();

        Assert.Equal("10:00–11:00 UTC+01:00", Text(outcome, "morning"));
    }

    [Fact]
    public void WrittenOffsetPicksTheSecondOfTwoEqualLocalTimes()
    {
        var outcome = Build("""
              - id: second
                start: 2026-10-25T02:30+01:00
                end: 2026-10-25T03:30
                title: Deuxième
            """).AssertSuccess();

        Assert.DoesNotContain(outcome.Result.Diagnostics, d => d.Code == "SE410");
        Assert.Equal("02:30–03:30 UTC+01:00", Text(outcome, "second"));
    }

    [Fact]
    public void AmbiguousTimeWithoutOffsetWarnsAndTakesTheFirst()
    {
        var outcome = Build("""
              - id: first
                start: 2026-10-25T02:30
                end: 2026-10-25T02:45
                title: Première
            """).AssertSuccess();

        var warning = outcome.AssertDiagnostic("SE410", "data/schedule.yml", 6, 12);
        Assert.Contains("the first one, at UTC+02:00, is used", warning.Message, StringComparison.Ordinal);
        Assert.Equal("02:30–02:45 UTC+02:00", Text(outcome, "first"));
    }

    [Fact]
    public void AmbiguousEndTakesTheFirstOneAfterTheStart()
    {
        // From the first 02:50 (UTC+02:00), the first 02:20 is before the start: the second one, half an hour later, is meant.
        var outcome = Build("""
              - id: across
                start: 2026-10-25T02:50+02:00
                end: 2026-10-25T02:20
                title: À cheval
            """).AssertSuccess();

        Assert.Equal("02:50 UTC+02:00 – 02:20 UTC+01:00", Text(outcome, "across"));
    }

    [Fact]
    public void OffsetTheZoneDoesNotHaveIsAnError()
    {
        var outcome = Build("""
              - id: wrong
                start: 2026-10-25T10:00+02:00
                duration: 1h
                title: Faux
            """);

        var error = outcome.AssertDiagnostic("SE407", "data/schedule.yml", 6, 12);
        Assert.Equal("2026-10-25T10:00+02:00 is not a time of Europe/Paris: its clocks are at UTC+01:00 then", error.Message);
    }
}
