using Ical.Net;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

/// <summary>The programme in a built site: pages per language, template objects, exports beside them.</summary>
public sealed class ScheduleIntegrationTests
{
    private const string Programme = """
        -- data/schedule.yml --
        event:
          start: 2025-11-24
          end: 2025-11-27
          acronym: ga93
        tracks:
          - id: ceremonies
            name: { fr: Cérémonies, ar: المراسم }
        sessions:
          - id: opening-ceremony
            start: 2025-11-24T10:30
            track: ceremonies
            speakers: [ana-lopez]
            title: { fr: "Cérémonie d'ouverture", ar: حفل الافتتاح }
            description: { fr: "Une **vidéo** ouvre la cérémonie." }
          - id: closing
            day: 2025-11-27
            tentative: true
            title: { fr: Clôture, ar: الاختتام }
        -- data/speakers.yml --
        speakers:
          - id: ana-lopez
            name: { fr: Ana López, ar: آنا لوبيث }
            role: { fr: Chercheuse, ar: باحثة }
        -- themes/default/layouts/schedule.sbn --
        <h1>{{ page.title }}</h1>
        {{ for day in schedule.days }}<h2>{{ format_date day.date "date" }}</h2>
        {{ for s in day.sessions }}<p class="session" data-kind="{{ s.time_kind }}"><a href="{{ s.url }}">{{ s.title }}</a>{{ if s.time_kind == "timed" }} <time datetime="{{ s.start_iso }}">{{ format_date s.start "time" }}</time> {{ s.utc_offset }}{{ end }}{{ if s.tentative }} <em>provisoire</em>{{ end }} <a href="{{ s.ics_url }}">ics</a></p>
        {{ end }}{{ end }}<a href="{{ schedule.ics_url }}">ics</a>
        -- themes/default/layouts/session.sbn --
        <h1>{{ session.title }}</h1>{{ if session.description }}<div class="description"{{ if session.description_fallback }} lang="{{ session.description_lang }}"{{ end }}>{{ session.description }}</div>{{ end }}
        {{ for p in session.speakers }}<a class="speaker" href="{{ p.url }}">{{ p.name }}</a>{{ end }}{{ session.json_ld }}
        -- themes/default/layouts/speaker.sbn --
        <h1>{{ speaker.name }}</h1><p>{{ speaker.role }}</p>{{ for s in speaker.sessions }}<a class="s" href="{{ s.url }}">{{ s.title }}</a>{{ end }}
        """;

    [Fact]
    public void EachLanguageHasAProgrammeSessionAndSpeakerPages()
    {
        var outcome = TestSite.WithBaseTheme(Programme).Build().AssertSuccess();

        var programme = outcome.Html("fr/programme/index.html");
        var sessions = programme.QuerySelectorAll("p.session").ToList();
        Assert.Equal(["Cérémonie d’ouverture", "Clôture"], sessions.Select(s => s.QuerySelector("a")!.TextContent));
        Assert.Equal("10:30", sessions[0].QuerySelector("time")!.TextContent);
        Assert.Equal("2025-11-24T10:30:00+01:00", sessions[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("UTC+01:00", sessions[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("tbc", sessions[1].GetAttribute("data-kind"));
        Assert.Equal(["24 novembre 2025", "25 novembre 2025", "26 novembre 2025", "27 novembre 2025"], programme.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.True(outcome.Has("ar/programme/opening-ceremony/index.html"));
        Assert.Equal("آنا لوبيث", outcome.Html("ar/speakers/ana-lopez/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("/fr/programme/opening-ceremony/", outcome.Html("fr/speakers/ana-lopez/index.html").QuerySelector("a.s")!.GetAttribute("href"));
    }

    [Fact]
    public void AFieldMissingInOneLanguageFallsBackToTheDefaultWithItsLanguageMarked()
    {
        var outcome = TestSite.WithBaseTheme(Programme).Build();

        var description = outcome.Html("ar/programme/opening-ceremony/index.html").QuerySelector("div.description")!;
        Assert.Equal("fr", description.GetAttribute("lang"));
        Assert.Equal("vidéo", description.QuerySelector("strong")!.TextContent);
        Assert.Contains(outcome.Result.Diagnostics, d => d.Code == "SE406" && d.Location.Path == "data/schedule.yml");
    }

    [Fact]
    public void SessionPagesCarryEventJsonLd()
    {
        var outcome = TestSite.WithBaseTheme(Programme).Build().AssertSuccess();

        var script = outcome.Html("fr/programme/opening-ceremony/index.html").QuerySelector("script[type='application/ld+json']")!;
        using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
        Assert.Equal("Event", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("2025-11-24T10:30:00+01:00", json.RootElement.GetProperty("startDate").GetString());
        Assert.Equal("Person", json.RootElement.GetProperty("performer")[0].GetProperty("@type").GetString());
    }

    [Fact]
    public void CalendarsAreWrittenBesideTheProgrammeAndParse()
    {
        var outcome = TestSite.WithBaseTheme(Programme).Build().AssertSuccess();

        var calendar = Calendar.Load(outcome.Text("fr/programme/schedule.ics"))!;
        var opening = calendar.Events.Single(e => e.Summary!.Contains("ouverture", StringComparison.Ordinal));
        Assert.Equal(new DateTime(2025, 11, 24, 9, 30, 0, DateTimeKind.Utc), opening.DtStart!.AsUtc);
        var single = Calendar.Load(outcome.Text("fr/programme/opening-ceremony.ics"))!;
        Assert.Equal(opening.Uid, Assert.Single(single.Events).Uid);
        Assert.True(outcome.Has("schedule.ics"));
        Assert.True(outcome.Has("schedule.json"));
        Assert.True(outcome.Has("schedule.xml"));
        Assert.True(outcome.Has("ar/programme/schedule.json"));
    }

    [Fact]
    public void ScheduleErrorsStopTheBuildWithTheirPlace()
    {
        var outcome = TestSite.WithBaseTheme(Programme).With("data/speakers.yml", "speakers:\n  - id: ana-lopez\n    name: Ana\n    role: 42\n    colour: red\n").Build();

        outcome.AssertDiagnostic("SE102", "data/speakers.yml", 5, 5);
        Assert.False(outcome.Result.Succeeded);
    }
}
