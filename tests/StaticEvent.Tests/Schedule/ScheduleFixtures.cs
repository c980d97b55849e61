using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Programme;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Schedule;

/// <summary>Shared helpers: in-memory schedule sites, the event's zone, the c3voc schemas.</summary>
internal static class ScheduleFixtures
{
    public static readonly string[] Languages = ["fr", "en", "ar", "es"];

    public static TimeZoneInfo Casablanca { get; } = TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");

    public static EventSchedule? Load(string schedule, string? speakers, out IReadOnlyList<Diagnostic> diagnostics, params string[] extraFiles)
    {
        var source = new MemoryFileSource().Add(ScheduleLoader.ScheduleFile, schedule);
        if (speakers is not null)
        {
            source.Add(ScheduleLoader.SpeakersFile, speakers);
        }

        foreach (var file in extraFiles)
        {
            source.Add(file, "x");
        }

        var bag = new DiagnosticBag();
        var result = ScheduleLoader.Load(source, Languages, "fr", Casablanca, bag);
        diagnostics = bag.ToSortedList();
        return result;
    }

    public static EventSchedule LoadValid(string schedule, string? speakers = null)
    {
        var result = Load(schedule, speakers, out var diagnostics);
        Assert.True(result is not null, "expected a schedule, got:\n" + string.Join("\n", diagnostics));
        return result!;
    }

    public static ScheduleExportOptions Options(DateTimeOffset? buildDate = null) => new()
    {
        BaseUrl = new Uri("https://ga93.example.org/"),
        BuildDate = buildDate ?? new DateTimeOffset(2025, 11, 27, 18, 0, 0, TimeSpan.FromHours(1)),
        SessionUrl = (session, lang) => new Uri($"https://ga93.example.org/{lang}/programme/{session.Id}/"),
        Titles = new Dictionary<string, string> { ["fr"] = "93e Assemblée générale d'INTERPOL", ["en"] = "93rd INTERPOL General Assembly" },
    };

    /// <summary>The c3voc reference schemas, kept with the tests (see C3voc/README.md).</summary>
    public static string C3vocFormatFolder() =>
        Path.Combine(Prerequisites.RepositoryRoot, "tests", "StaticEvent.Tests", "Schedule", "C3voc");

    /// <summary>A small valid programme covering every kind of time.</summary>
    public const string SampleSchedule = """
        event:
          start: 2025-11-24
          end: 2025-11-27
          acronym: ga93
          location: { fr: "Marrakech, Maroc", en: "Marrakech, Morocco", ar: مراكش، المغرب, es: "Marrakech, Marruecos" }
        rooms:
          - id: plenary-hall
            name: { fr: Salle plénière, en: Plenary hall, ar: القاعة العامة, es: Sala plenaria }
        tracks:
          - id: ceremonies
            name: { fr: Cérémonies, en: Ceremonies, ar: المراسم, es: Ceremonias }
            color: "#1f4e8c"
        sessions:
          - id: closing
            day: 2025-11-27
            title: { fr: Clôture, en: Closing, ar: الاختتام, es: Clausura }
          - id: opening-ceremony
            start: 2025-11-24T10:30
            track: ceremonies
            speakers: [ana-lopez]
            guests: [omar-benali]
            title: { fr: "Cérémonie d'ouverture", en: Opening ceremony, ar: حفل الافتتاح, es: Ceremonia de apertura }
            description:
              fr: "Une vidéo ouvre la cérémonie; puis deux allocutions, à Marrakech."
              en: "A video opens the ceremony; then two addresses, in Marrakech."
          - id: workshop
            start: 2025-11-24T14:00
            duration: 1h30
            room: plenary-hall
            tentative: true
            closedDoor: true
            speakers: [ana-lopez]
            title: { fr: Atelier, en: Workshop, ar: ورشة, es: Taller }
          - id: exhibition
            day: 2025-11-25
            allDay: true
            room: plenary-hall
            title: { fr: Exposition, en: Exhibition, ar: معرض, es: Exposición }
        """;

    public const string SampleSpeakers = """
        speakers:
          - id: ana-lopez
            name: Ana López
            role: { fr: Chercheuse, en: Researcher, ar: باحثة, es: Investigadora }
          - id: omar-benali
            name: { fr: Omar Benali, en: Omar Benali, ar: عمر بنعلي, es: Omar Benali }
            role: { fr: Ministre, en: Minister, ar: وزير, es: Ministro }
        """;
}
