using StaticEvent.Diagnostics;
using StaticEvent.Programme;

namespace StaticEvent.Tests.Schedule;

/// <summary>
/// Every schedule rule, broken on purpose in two in-memory files and reported in one run, each with
/// its exact code, file, line and column. Line numbers below are those of the raw strings.
/// </summary>
public sealed class ScheduleValidationTests
{
    private const string BrokenSchedule = """
        event:
          start: 2025-11-24
          end: 2026-03-31
        rooms:
          - id: hall
            name: { fr: Salle, en: Hall, ar: قاعة, es: Sala }
          - id: hall
            name: Autre salle
        tracks:
          - id: main
            name: Principal
            color: #123456
        sessions:
          - id: a
            start: 2025-11-24T10:00
            end: "11:00"
            room: hall
            speakers: [ana]
            title: A
          - id: b
            start: 2025-11-24T10:30
            duration: 1h
            room: hall
            speakers: [ana]
            title: B
          - id: a
            day: 2025-11-25
            title: Doublon
          - id: c
            start: 2025-11-24T12:00
            end: "11:00"
            title: { fr: C, en: C }
          - id: d
            start: 2025-11-24T14:00
            room: salle
            track: mian
            speakers: [bob]
            title: D
          - id: e
            day: 2026-04-05
            allDay: true
            title: E
          - id: f
            start: 2025-11-24T25:00
            title: F
          - id: g
            start: 2025-11-24T16:00
            duration: 90
            title: G
          - id: h
            start: 2025-11-24T17:00
            day: 2025-11-24
            title: H
          - id: Bad_Id
            day: 2025-11-24
            title: I
          - id: skipped
            start: 2026-03-22T02:30
            title: J
          - id: twice
            start: 2026-02-15T02:30
            title: K
          - id: offset
            start: 2025-11-24T10:30:00+02:00
            title: L
          - id: untitled
            day: 2025-11-26
            titel: M
        """;

    private const string BrokenSpeakers = """
        speakers:
          - id: ana
            name: Ana López
            role: { fr: Chercheuse }
            photo: images/ana.jpg
            photoAlt: Portrait
          - id: ana
            name: Ana Bis
        """;

    [Fact]
    public void EveryBrokenRuleIsReportedWithCodeFileLineAndColumnInOneRun()
    {
        // Given two files with one mistake of each kind; When loading them once;
        var schedule = ScheduleFixtures.Load(BrokenSchedule, BrokenSpeakers, out var diagnostics);

        // Then there is no schedule, and every mistake is reported at its place.
        Assert.Null(schedule);
        string[] expected =
        [
            "data/schedule.yml:7:9 error SE400",     // room id used twice
            "data/schedule.yml:12:5 error SE105",    // unquoted colour: a YAML comment
            "data/schedule.yml:21:12 error SE403",   // b overlaps a in the room hall
            "data/schedule.yml:24:16 error SE404",   // ana in a and b at once
            "data/schedule.yml:26:9 error SE400",    // session id used twice
            "data/schedule.yml:31:10 error SE402",   // c ends before it starts
            "data/schedule.yml:32:5 warning SE406",  // c's title lacks ar and es
            "data/schedule.yml:35:11 error SE401",   // unknown room
            "data/schedule.yml:36:12 error SE401",   // unknown track
            "data/schedule.yml:37:16 error SE401",   // unknown speaker
            "data/schedule.yml:40:10 error SE405",   // outside the event's dates
            "data/schedule.yml:44:12 error SE407",   // 25:00 is no time
            "data/schedule.yml:48:15 error SE407",   // a duration without unit
            "data/schedule.yml:52:5 error SE408",    // start and day together
            "data/schedule.yml:54:9 error SE411",    // not a valid id
            "data/schedule.yml:58:12 error SE409",   // skipped by the clocks (end of Ramadan 2026)
            "data/schedule.yml:61:12 warning SE410", // shown twice by the clocks (start of Ramadan 2026)
            "data/schedule.yml:64:12 error SE407",   // an offset Casablanca does not have that day
            "data/schedule.yml:66:5 error SE104",    // no title
            "data/schedule.yml:68:5 error SE102",    // unknown key
            "data/speakers.yml:4:5 warning SE406",   // role lacks en, ar, es
            "data/speakers.yml:5:12 error SE413",    // photo file missing
            "data/speakers.yml:7:9 error SE400",     // speaker id used twice
        ];
        Assert.Equal(expected, diagnostics.Select(d => $"{d.Location} {(d.IsError ? "error" : "warning")} {d.Code}"));
        Assert.All(diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Hint), $"no hint: {d}"));
    }

    [Fact]
    public void MessagesNameTheSessionsAndSuggestTheClosestId()
    {
        ScheduleFixtures.Load(BrokenSchedule, BrokenSpeakers, out var diagnostics);

        var overlap = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ScheduleRoomOverlap);
        Assert.Equal("the session 'b' (2025-11-24 10:30–11:30) overlaps 'a' (2025-11-24 10:00–11:00, line 14) in the room 'hall'", overlap.Message);
        var track = Assert.Single(diagnostics, d => d.Message == "unknown track 'mian'");
        Assert.Equal("did you mean 'main'?", track.Hint);
        var skipped = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ScheduleNonexistentLocalTime);
        Assert.Contains("2026-03-22T02:30 does not exist in Africa/Casablanca", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEventThatEndsBeforeItStartsIsReportedAtItsEnd()
    {
        const string schedule = """
            event:
              start: 2025-11-27
              end: 2025-11-24
            """;

        var result = ScheduleFixtures.Load(schedule, null, out var diagnostics);

        Assert.Null(result);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ScheduleInvalidEventDates, "data/schedule.yml", 3, 8), (d.Code, d.Location.Path, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void TimeKeysThatDoNotGoTogetherAreEachReported()
    {
        const string schedule = """
            event: { start: 2025-11-24, end: 2025-11-27 }
            sessions:
              - id: a
                day: 2025-11-24
                end: 2025-11-24T12:00
                title: A
              - id: b
                start: 2025-11-24T10:00
                allDay: true
                end: "11:00"
                duration: 1h
                title: B
              - id: c
                title: C
              - id: d
                start: 2025-11-24T10:00
                duration: 25h
                title: D
            """;

        ScheduleFixtures.Load(schedule, null, out var diagnostics);

        Assert.Equal(
            [
                "data/schedule.yml:5:5 error SE408",   // end with day
                "data/schedule.yml:9:5 error SE408",   // allDay with start
                "data/schedule.yml:11:5 error SE408",  // end and duration
                "data/schedule.yml:13:5 error SE104",  // neither start nor day
                "data/schedule.yml:17:15 error SE407", // longer than a day
            ],
            diagnostics.Select(d => $"{d.Location} {(d.IsError ? "error" : "warning")} {d.Code}"));
    }

    [Fact]
    public void PlainEndTimesWorkAndOnlyTrueOrFalseAreBooleans()
    {
        const string schedule = """
            event: { start: 2025-11-24, end: 2025-11-27 }
            sessions:
              - id: a
                start: 2025-11-24T10:00
                end: 12:00
                tentative: yes
                title: A
            """;

        var result = ScheduleFixtures.Load(schedule, null, out var diagnostics);

        Assert.Null(result);
        var d = Assert.Single(diagnostics);
        Assert.Equal("data/schedule.yml:6:16: error SE103: 'tentative' must be true or false, found 'yes'", d.ToString().Split('\n')[0]);
        var fixedSchedule = ScheduleFixtures.LoadValid(schedule.Replace("yes", "true", StringComparison.Ordinal));
        Assert.Equal(new DateTime(2025, 11, 24, 12, 0, 0), ((ScheduleTime.Timed)fixedSchedule.Sessions[0].Time).End!.Value.DateTime);
    }

    [Fact]
    public void PeopleMustBeAListAndListedOnce()
    {
        const string schedule = """
            event: { start: 2025-11-24, end: 2025-11-27 }
            sessions:
              - id: a
                start: 2025-11-24T10:00
                speakers: ana
                title: A
              - id: b
                start: 2025-11-24T12:00
                speakers: [ana]
                guests: [ana]
                title: B
            """;
        const string speakers = """
            speakers:
              - id: ana
                name: Ana
            """;

        ScheduleFixtures.Load(schedule, speakers, out var diagnostics);

        Assert.Equal(
            ["data/schedule.yml:5:15 error SE103", "data/schedule.yml:10:14 error SE400"],
            diagnostics.Select(d => $"{d.Location} {(d.IsError ? "error" : "warning")} {d.Code}"));
    }

    [Fact]
    public void ASessionWithoutEndClashesOnlyWithWhatRunsAtItsStart()
    {
        const string schedule = """
            event: { start: 2025-11-24, end: 2025-11-27 }
            rooms:
              - id: hall
                name: Hall
            sessions:
              - id: opening
                start: 2025-11-24T10:30
                room: hall
                title: Opening
              - id: before
                start: 2025-11-24T09:00
                end: "10:30"
                room: hall
                title: Before
              - id: after
                start: 2025-11-24T11:00
                room: hall
                title: After
              - id: same-time
                start: 2025-11-24T10:30
                room: hall
                title: Same time
            """;

        ScheduleFixtures.Load(schedule, null, out var diagnostics);

        var d = Assert.Single(diagnostics);
        Assert.Equal("data/schedule.yml:20:12 SE403", $"{d.Location} {d.Code}");
    }

    [Fact]
    public void SpeakersWithoutAScheduleAreAWarning()
    {
        var source = new StaticEvent.IO.MemoryFileSource().Add(ScheduleLoader.SpeakersFile, "speakers: []\n");
        var bag = new DiagnosticBag();

        var result = ScheduleLoader.Load(source, ScheduleFixtures.Languages, "fr", ScheduleFixtures.Casablanca, bag);

        Assert.Null(result);
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal((DiagnosticCodes.SpeakersWithoutSchedule, Severity.Warning, "data/speakers.yml"), (d.Code, d.Severity, d.Location.Path));
    }

    [Fact]
    public void ASiteWithoutScheduleHasNoScheduleAndNoDiagnostics()
    {
        var bag = new DiagnosticBag();

        var result = ScheduleLoader.Load(new StaticEvent.IO.MemoryFileSource(), ScheduleFixtures.Languages, "fr", ScheduleFixtures.Casablanca, bag);

        Assert.Null(result);
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void ErrorsOfOtherStagesDoNotHideAGoodSchedule()
    {
        var source = new StaticEvent.IO.MemoryFileSource()
            .Add(ScheduleLoader.ScheduleFile, ScheduleFixtures.SampleSchedule)
            .Add(ScheduleLoader.SpeakersFile, ScheduleFixtures.SampleSpeakers);
        var bag = new DiagnosticBag();
        bag.Error(DiagnosticCodes.YamlSyntax, new SourceLocation("content/x.md", 1, 1), "elsewhere");

        Assert.NotNull(ScheduleLoader.Load(source, ScheduleFixtures.Languages, "fr", ScheduleFixtures.Casablanca, bag));
    }
}
