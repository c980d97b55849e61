using System.Text;
using Ical.Net;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Rendering;
using StaticEvent.Programme;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Schedule;

public sealed class IcsExporterTests
{
    private static EventSchedule Sample() => ScheduleFixtures.LoadValid(ScheduleFixtures.SampleSchedule, ScheduleFixtures.SampleSpeakers);

    [Fact]
    public void TheRealProgrammeParsesWithTheOpeningAtItsUtcInstant()
    {
        var schedule = RepositorySchedule(out var config);
        var options = ScheduleExportOptions.FromConfig(config, config.BuildDate!.Value, (s, l) => new Uri(config.BaseUrl, $"{l}/programme/{s.Id}/")) with
        {
            Labels = RepositoryLabels(config),
        };

        var file = IcsExporter.Calendar(schedule, "fr", options);
        var calendar = Calendar.Load(file.Text)!;

        Assert.Equal("schedule.ics", file.Path);
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal(schedule.Sessions.Count, calendar.Events.Count);
        var opening = calendar.Events.Single(e => e.Uid == "opening-ceremony@ga93.example.org");
        Assert.True(opening.DtStart!.IsUtc);
        Assert.Equal(new DateTime(2025, 11, 24, 9, 30, 0, DateTimeKind.Utc), opening.DtStart.AsUtc);
        Assert.Null(opening.DtEnd);
        Assert.Equal("Cérémonie d'ouverture", opening.Summary);
        Assert.Equal("CONFIRMED", opening.Status);
        Assert.Contains("Heure de fin non annoncée.", opening.Description, StringComparison.Ordinal);
        Assert.Contains("Abdellatif Hammouchi", opening.Description, StringComparison.Ordinal);
        Assert.Equal("Marrakech, Maroc", opening.Location);
        Assert.Equal(new Uri("https://ga93.example.org/fr/programme/opening-ceremony/"), opening.Url);

        // The only other item is the closing: its day was announced, its time was not.
        var closing = Assert.Single(calendar.Events, e => e.Uid != opening.Uid);
        Assert.Equal("closing@ga93.example.org", closing.Uid);
        Assert.False(closing.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2025, 11, 27), closing.DtStart.Date);
        Assert.Equal(closing.DtStart.Date.AddDays(1), closing.DtEnd!.Date);
        Assert.Equal("CONFIRMED", closing.Status);
        Assert.StartsWith("Heure à confirmer.", closing.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void AllDayAndToBeConfirmedItemsAreDatesAndTheLatterSaySo()
    {
        var calendar = Calendar.Load(IcsExporter.Calendar(Sample(), "en", ScheduleFixtures.Options()).Text)!;

        var exhibition = calendar.Events.Single(e => e.Uid == "exhibition@ga93.example.org");
        Assert.False(exhibition.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2025, 11, 25), exhibition.DtStart.Date);
        Assert.Equal(new DateOnly(2025, 11, 26), exhibition.DtEnd!.Date);
        Assert.True(exhibition.IsAllDay);
        Assert.Equal("Exhibition", exhibition.Summary);
        Assert.Equal("Plenary hall", exhibition.Location);

        var closing = calendar.Events.Single(e => e.Uid == "closing@ga93.example.org");
        Assert.True(closing.IsAllDay);
        Assert.Equal("Closing (Time to be confirmed)", closing.Summary);
        Assert.StartsWith("Time to be confirmed.", closing.Description, StringComparison.Ordinal);
        Assert.Equal("TRANSPARENT", closing.Transparency);

        var workshop = calendar.Events.Single(e => e.Uid == "workshop@ga93.example.org");
        Assert.Equal("TENTATIVE", workshop.Status);
        Assert.Equal(new DateTime(2025, 11, 24, 13, 0, 0, DateTimeKind.Utc), workshop.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2025, 11, 24, 14, 30, 0, DateTimeKind.Utc), workshop.DtEnd!.AsUtc);
        Assert.Contains("Closed-door session.", workshop.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void UidsAreTheSameAcrossExportsLanguagesAndTheSingleSessionFile()
    {
        var schedule = Sample();
        var first = Calendar.Load(IcsExporter.Calendar(schedule, "fr", ScheduleFixtures.Options()).Text)!;
        var again = Calendar.Load(IcsExporter.Calendar(Sample(), "ar", ScheduleFixtures.Options()).Text)!;
        var single = Calendar.Load(IcsExporter.Session(schedule, schedule.Session("workshop")!, "es", ScheduleFixtures.Options(), "es/programme/workshop.ics").Text)!;

        Assert.Equal(first.Events.Select(e => e.Uid), again.Events.Select(e => e.Uid));
        Assert.Equal("workshop@ga93.example.org", Assert.Single(single.Events).Uid);
        Assert.Equal(new DateTime(2025, 11, 27, 17, 0, 0, DateTimeKind.Utc), first.Events.First().DtStamp!.AsUtc);
    }

    [Fact]
    public void TwoExportsOfTheSameInputAreByteIdentical()
    {
        var a = IcsExporter.Calendar(Sample(), "ar", ScheduleFixtures.Options());
        var b = IcsExporter.Calendar(Sample(), "ar", ScheduleFixtures.Options());

        Assert.Equal(a, b);
    }

    [Fact]
    public void LinesEndWithCrlfAndAreFoldedAt75OctetsWithoutSplittingCharacters()
    {
        var schedule = RepositorySchedule(out var config);
        var text = IcsExporter.Calendar(schedule, "ar", ScheduleFixtures.Options() with { Labels = RepositoryLabels(config) }).Text;

        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        var lines = text.Split("\r\n")[..^1];
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(lines, line => line.StartsWith(' '));

        // Every physical line is whole UTF-8 on its own: no multi-byte character was cut in two.
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.All(lines, line => Assert.Equal(line, strict.GetString(strict.GetBytes(line))));
        Assert.DoesNotContain(lines, line => line.Length > 0 && char.IsLowSurrogate(line[line.StartsWith(' ') ? Math.Min(1, line.Length - 1) : 0]));

        // Unfolding gives back the Arabic text intact.
        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("SUMMARY;LANGUAGE=ar:حفل الافتتاح\r\n", unfolded, StringComparison.Ordinal);
        Assert.StartsWith("لم يُعلَن موعد الانتهاء.", Calendar.Load(text)!.Events.First().Description, StringComparison.Ordinal);
    }

    [Fact]
    public void FoldingNeverCutsAFourOctetCharacter()
    {
        var writer = new IcsWriter();
        writer.Text("SUMMARY", "a" + string.Concat(Enumerable.Repeat("😀", 40)));

        var lines = writer.ToString().Split("\r\n")[..^1];

        // 9 octets of "SUMMARY:a" + 16 × 4 = 73: a 17th emoji would make 77.
        Assert.Equal([73, 73, 25], lines.Select(l => Encoding.UTF8.GetByteCount(l)));
        Assert.All(lines, l => Assert.False(char.IsLowSurrogate(l[l.StartsWith(' ') ? 1 : 0])));
        Assert.Equal("SUMMARY:a" + string.Concat(Enumerable.Repeat("😀", 40)), string.Concat(lines.Select((l, i) => i == 0 ? l : l[1..])));
    }

    [Fact]
    public void TextIsEscaped()
    {
        Assert.Equal(@"a\\b\;c\,d\ne", IcsWriter.EscapeText("a\\b;c,d\r\ne"));

        var text = IcsExporter.Calendar(Sample(), "en", ScheduleFixtures.Options()).Text;
        Assert.Contains(@"A video opens the ceremony\; then two addresses\, in Marrakech.", text.Replace("\r\n ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var opening = Calendar.Load(text)!.Events.Single(e => e.Uid == "opening-ceremony@ga93.example.org");
        Assert.Equal("End time not announced.\n\nA video opens the ceremony; then two addresses, in Marrakech.\n\nSpeakers: Ana López (Researcher)\nIn attendance: Omar Benali (Minister)", opening.Description);
    }

    [Fact]
    public void RamadanOffsetsComeFromTheZoneRulesOfEachDate()
    {
        const string schedule = """
            event: { start: 2026-02-13, end: 2026-03-23 }
            sessions:
              - id: before-ramadan
                start: 2026-02-13T10:30
                title: Before
              - id: during-ramadan
                start: 2026-03-02T10:30
                title: During
              - id: after-ramadan
                start: 2026-03-23T10:30
                title: After
            """;

        var calendar = Calendar.Load(IcsExporter.Calendar(ScheduleFixtures.LoadValid(schedule), "fr", ScheduleFixtures.Options()).Text)!;

        Assert.Equal(
            [new DateTime(2026, 2, 13, 9, 30, 0), new DateTime(2026, 3, 2, 10, 30, 0), new DateTime(2026, 3, 23, 9, 30, 0)],
            calendar.Events.Select(e => DateTime.SpecifyKind(e.DtStart!.AsUtc, DateTimeKind.Unspecified)));
    }

    /// <summary>The export labels of the repository's site: its interface strings, theme and site layers.</summary>
    internal static Func<string, ScheduleLabels> RepositoryLabels(SiteConfig config)
    {
        var strings = I18nCatalog.Load(ThemeOverlaySource.Over(new PhysicalFileSource(Prerequisites.RepositoryRoot)), config, new DiagnosticBag());
        return language => ScheduleLabels.From(key => strings.Get(language, key));
    }

    internal static EventSchedule RepositorySchedule(out SiteConfig config)
    {
        var source = new PhysicalFileSource(Prerequisites.RepositoryRoot);
        var diagnostics = new DiagnosticBag();
        config = SiteConfigLoader.Load(source, diagnostics)!;
        return ScheduleLoader.Load(source, config, diagnostics)!;
    }
}
