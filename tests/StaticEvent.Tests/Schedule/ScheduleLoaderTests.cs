using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Programme;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Schedule;

public sealed class ScheduleLoaderTests
{
    [Fact]
    public void TheSampleLoadsEveryKindOfTimeInProgrammeOrder()
    {
        var schedule = ScheduleFixtures.LoadValid(ScheduleFixtures.SampleSchedule, ScheduleFixtures.SampleSpeakers);

        Assert.Equal(["opening-ceremony", "workshop", "exhibition", "closing"], schedule.Sessions.Select(s => s.Id));
        var opening = schedule.Session("opening-ceremony")!;
        var timed = Assert.IsType<ScheduleTime.Timed>(opening.Time);
        Assert.Equal(new DateTime(2025, 11, 24, 10, 30, 0), timed.Start.DateTime);
        Assert.Equal(TimeSpan.FromHours(1), timed.Start.Offset);
        Assert.Null(timed.End);
        Assert.Equal(["ana-lopez"], opening.Speakers.Select(p => p.Id));
        Assert.Equal(["omar-benali"], opening.Guests.Select(p => p.Id));
        Assert.Equal("ceremonies", opening.Track!.Id);

        var workshop = (ScheduleTime.Timed)schedule.Session("workshop")!.Time;
        Assert.Equal(new DateTime(2025, 11, 24, 15, 30, 0), workshop.End!.Value.DateTime);
        Assert.True(schedule.Session("workshop")!.Tentative);
        Assert.True(schedule.Session("workshop")!.ClosedDoor);
        Assert.Equal(new ScheduleTime.AllDay(new DateOnly(2025, 11, 25)), schedule.Session("exhibition")!.Time);
        Assert.Equal(new ScheduleTime.TimeToBeConfirmed(new DateOnly(2025, 11, 27)), schedule.Session("closing")!.Time);

        Assert.Equal(4, schedule.Days.Count);
        Assert.Equal(["opening-ceremony", "workshop"], schedule.Days[0].Sessions.Select(s => s.Id));
        Assert.Empty(schedule.Days[2].Sessions);
        Assert.Equal(["opening-ceremony", "workshop"], schedule.SessionsOf(schedule.Speaker("ana-lopez")!).Select(s => s.Id));
    }

    [Fact]
    public void AMissingTranslationFallsBackToTheDefaultLanguageAndSaysSo()
    {
        var schedule = ScheduleFixtures.LoadValid(ScheduleFixtures.SampleSchedule, ScheduleFixtures.SampleSpeakers);
        var description = schedule.Session("opening-ceremony")!.Description!;

        Assert.Equal(new LocalizedValue("A video opens the ceremony; then two addresses, in Marrakech.", "en", false), description.Resolve("en"));
        Assert.Equal(new LocalizedValue("Une vidéo ouvre la cérémonie; puis deux allocutions, à Marrakech.", "fr", true), description.Resolve("ar"));

        // A name given as one text is the same, untranslated-free, in every language.
        Assert.False(schedule.Speaker("ana-lopez")!.Name.Resolve("ar").IsFallback);
        Assert.Equal("عمر بنعلي", schedule.Speaker("omar-benali")!.Name["ar"]);
    }

    [Fact]
    public void MissingTranslationsAreWarningsOnly()
    {
        ScheduleFixtures.Load(ScheduleFixtures.SampleSchedule, ScheduleFixtures.SampleSpeakers, out var diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("data/schedule.yml:23:5: warning SE406: 'description' has no text in ar, es; the fr text is shown there", warning.ToString().Split('\n')[0]);
    }

    [Fact]
    public void DurationsAndEndTimesAreRealTimeAcrossAChangeOfClocks()
    {
        // Ramadan 2026: Morocco goes from UTC+01:00 to UTC+00:00 on 15 February at 03:00.
        const string schedule = """
            event: { start: 2026-02-14, end: 2026-02-16 }
            sessions:
              - id: night
                start: 2026-02-15T01:30
                duration: 2h
                title: Night
              - id: ramadan
                start: 2026-02-16T10:00
                end: "11:00"
                title: Ramadan
            """;

        var result = ScheduleFixtures.LoadValid(schedule);

        var night = (ScheduleTime.Timed)result.Session("night")!.Time;
        Assert.Equal(TimeSpan.FromHours(1), night.Start.Offset);
        Assert.Equal(new DateTimeOffset(2026, 2, 15, 2, 30, 0, TimeSpan.Zero), night.End);
        Assert.Equal(TimeSpan.Zero, night.End!.Value.Offset);
        Assert.Equal(TimeSpan.FromHours(2), night.Duration);
        var ramadan = (ScheduleTime.Timed)result.Session("ramadan")!.Time;
        Assert.Equal(TimeSpan.Zero, ramadan.Start.Offset);
        Assert.Equal(new DateTimeOffset(2026, 2, 16, 10, 0, 0, TimeSpan.Zero), ramadan.Start);
    }

    [Theory]
    [InlineData("90m", 90)]
    [InlineData("1h", 60)]
    [InlineData("1h30", 90)]
    [InlineData("1h30m", 90)]
    [InlineData("2h05", 125)]
    public void DurationsAcceptHoursAndMinutes(string text, int minutes)
    {
        Assert.True(ScheduleValues.TryParseDuration(text, out var duration));
        Assert.Equal(TimeSpan.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData("90")]
    [InlineData("1h75")]
    [InlineData("PT1H")]
    [InlineData("1.5h")]
    [InlineData("")]
    public void AmbiguousDurationsAreRefused(string text) => Assert.False(ScheduleValues.TryParseDuration(text, out _));

    [Fact]
    public void TheRepositorysOwnDataLoadsWithoutAnyProblem()
    {
        // Given the default site as shipped (site.yml and data/ of the repository);
        var source = new PhysicalFileSource(Prerequisites.RepositoryRoot);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(source, diagnostics);
        Assert.NotNull(config);

        // When loading its schedule;
        var schedule = ScheduleLoader.Load(source, config!, diagnostics);

        // Then nothing is reported and the facts hold.
        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(schedule);
        var opening = Assert.IsType<ScheduleTime.Timed>(schedule!.Session("opening-ceremony")!.Time);
        Assert.Equal(new DateTimeOffset(2025, 11, 24, 10, 30, 0, TimeSpan.FromHours(1)), opening.Start);
        Assert.Null(opening.End);
        Assert.Equal(["abdellatif-hammouchi", "ahmed-naser-al-raisi"], schedule.Session("opening-ceremony")!.Speakers.Select(p => p.Id));
        Assert.Equal(new ScheduleTime.TimeToBeConfirmed(new DateOnly(2025, 11, 27)), schedule.Session("closing")!.Time);

        // Only what the sources dated is a session: the opening (24 Nov, 10:30, no end) and the
        // closing (27 Nov, no time). The closed-door plenaries and the elections have no published
        // day, so they are on the programme page's text, not sessions on invented days.
        Assert.Equal(["opening-ceremony", "closing"], schedule.Sessions.Select(s => s.Id));
        Assert.All(schedule.Sessions, s => Assert.False(s.Tentative, s.Id));
        Assert.DoesNotContain(schedule.Sessions, s => s.Time is ScheduleTime.AllDay);
        // The sources announce a closing, not a closing ceremony.
        Assert.NotEqual(schedule.Session("opening-ceremony")!.Track, schedule.Session("closing")!.Track);
        Assert.Equal("ceremonies", schedule.Session("opening-ceremony")!.Track!.Id);
        Assert.All(schedule.Sessions, s => Assert.All(schedule.Languages, l => Assert.False(s.Title.Resolve(l).IsFallback)));
    }
}
