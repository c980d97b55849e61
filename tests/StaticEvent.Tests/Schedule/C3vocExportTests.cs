using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using NJsonSchema;
using StaticEvent.Programme;

namespace StaticEvent.Tests.Schedule;

public sealed class C3vocExportTests
{
    private static readonly string[] Languages = ["fr", "en", "ar", "es"];

    public static TheoryData<string> EachLanguage() => new(Languages);

    [Theory]
    [MemberData(nameof(EachLanguage))]
    public async Task TheRealProgrammeIsValidC3vocJson(string language)
    {
        var schema = await LoadJsonSchema();
        var schedule = IcsExporterTests.RepositorySchedule(out var config);
        var options = ScheduleExportOptions.FromConfig(config, config.BuildDate!.Value, (s, l) => new Uri(config.BaseUrl, $"{l}/programme/{s.Id}/"));

        var file = C3vocJsonExporter.Export(schedule, language, options);

        Assert.Equal("schedule.json", file.Path);
        Assert.Empty(schema.Validate(file.Text).Select(e => e.ToString()));
    }

    [Theory]
    [MemberData(nameof(EachLanguage))]
    public void TheRealProgrammeIsValidC3vocXml(string language)
    {
        var schedule = IcsExporterTests.RepositorySchedule(out var config);
        var options = ScheduleExportOptions.FromConfig(config, config.BuildDate!.Value, (s, l) => new Uri(config.BaseUrl, $"{l}/programme/{s.Id}/"));

        var file = C3vocXmlExporter.Export(schedule, language, options);

        Assert.Equal("schedule.xml", file.Path);
        Assert.Empty(ValidateXml(file.Text));
    }

    [Fact]
    public async Task TheSampleWithRoomsTracksAndEveryKindOfTimeIsValidInBothFormats()
    {
        var schema = await LoadJsonSchema();
        var schedule = ScheduleFixtures.LoadValid(ScheduleFixtures.SampleSchedule, ScheduleFixtures.SampleSpeakers);

        Assert.Empty(schema.Validate(C3vocJsonExporter.Export(schedule, "en", ScheduleFixtures.Options()).Text).Select(e => e.ToString()));
        Assert.Empty(ValidateXml(C3vocXmlExporter.Export(schedule, "en", ScheduleFixtures.Options()).Text));
    }

    [Fact]
    public async Task TheValidatorsCatchABrokenExport()
    {
        // Guards the two tests above: a validator that accepted anything would prove nothing.
        var schema = await LoadJsonSchema();
        var schedule = ScheduleFixtures.LoadValid(ScheduleFixtures.SampleSchedule, ScheduleFixtures.SampleSpeakers);
        var json = C3vocJsonExporter.Export(schedule, "en", ScheduleFixtures.Options()).Text;
        var xml = C3vocXmlExporter.Export(schedule, "en", ScheduleFixtures.Options()).Text;

        Assert.NotEmpty(schema.Validate(json.Replace("\"start\": \"10:30\"", "\"start\": \"10h30\"", StringComparison.Ordinal)));
        Assert.NotEmpty(schema.Validate(json.Replace("\"guid\": \"", "\"guid\": \"x", StringComparison.Ordinal)));
        Assert.NotEmpty(ValidateXml(xml.Replace("<start>10:30</start>", "<start>10h30</start>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OneLetterIdsStillGiveValidFiles()
    {
        const string schedule = """
            event: { start: 2025-11-24, end: 2025-11-24 }
            rooms:
              - id: r
                name: R
            tracks:
              - id: t
                name: T
            sessions:
              - id: s
                start: 2025-11-24T09:00
                room: r
                track: t
                title: S
            """;
        var loaded = ScheduleFixtures.LoadValid(schedule);

        Assert.Empty((await LoadJsonSchema()).Validate(C3vocJsonExporter.Export(loaded, "fr", ScheduleFixtures.Options()).Text).Select(e => e.ToString()));
        Assert.Empty(ValidateXml(C3vocXmlExporter.Export(loaded, "fr", ScheduleFixtures.Options()).Text));
    }

    [Fact]
    public void SessionsMapToC3vocEventsAsDocumented()
    {
        var schedule = ScheduleFixtures.LoadValid(ScheduleFixtures.SampleSchedule, ScheduleFixtures.SampleSpeakers);

        using var json = JsonDocument.Parse(C3vocJsonExporter.Export(schedule, "en", ScheduleFixtures.Options()).Text);
        var conference = json.RootElement.GetProperty("schedule").GetProperty("conference");
        Assert.Equal("Africa/Casablanca", conference.GetProperty("time_zone_name").GetString());
        Assert.Equal(4, conference.GetProperty("daysCount").GetInt32());
        var days = conference.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal("2025-11-24T00:00:00+01:00", days[0].GetProperty("day_start").GetString());
        Assert.Equal("2025-11-25T00:00:00+01:00", days[0].GetProperty("day_end").GetString());

        // Timed without end: no invented length (00:00), no 'end', flagged in the subtitle.
        var opening = Event(days[0], "Marrakech, Morocco", "Opening ceremony");
        Assert.Equal("2025-11-24T10:30:00+01:00", opening.GetProperty("date").GetString());
        Assert.Equal("10:30", opening.GetProperty("start").GetString());
        Assert.Equal("00:00", opening.GetProperty("duration").GetString());
        Assert.False(opening.TryGetProperty("end", out _));
        Assert.Equal("End time not announced", opening.GetProperty("subtitle").GetString());
        Assert.Equal("Ana López", opening.GetProperty("persons")[0].GetProperty("name").GetString());
        Assert.Equal(DeterministicGuid.ForSession("ga93.example.org", "opening-ceremony").ToString(), opening.GetProperty("guid").GetString());
        Assert.Equal("https://ga93.example.org/en/programme/opening-ceremony/", opening.GetProperty("url").GetString());
        Assert.Equal("ga93-opening-ceremony", opening.GetProperty("slug").GetString());
        Assert.Contains("In attendance: Omar Benali (Minister)", opening.GetProperty("description").GetString(), StringComparison.Ordinal);

        var workshop = Event(days[0], "Plenary hall", "Workshop");
        Assert.Equal("01:30", workshop.GetProperty("duration").GetString());
        Assert.Equal("2025-11-24T15:30:00+01:00", workshop.GetProperty("end").GetString());
        Assert.Equal("Tentative · Closed-door session", workshop.GetProperty("subtitle").GetString());
        Assert.True(workshop.GetProperty("do_not_record").GetBoolean());

        // All-day: the whole day from 00:00, as the schedule says.
        var exhibition = Event(days[1], "Plenary hall", "Exhibition");
        Assert.Equal(("00:00", "24:00"), (exhibition.GetProperty("start").GetString(), exhibition.GetProperty("duration").GetString()));

        // Time to be confirmed: left out (an app would show it at midnight), and so is the venue
        // room when only such sessions used it.
        var titles = days.SelectMany(d => d.GetProperty("rooms").EnumerateObject()).SelectMany(r => r.Value.EnumerateArray())
            .Select(e => e.GetProperty("title").GetString()).ToList();
        Assert.DoesNotContain(titles, t => t!.StartsWith("Closing", StringComparison.Ordinal));
        Assert.DoesNotContain(days.SelectMany(d => d.GetProperty("rooms").EnumerateObject()).SelectMany(r => r.Value.EnumerateArray()),
            e => e.GetProperty("start").GetString() == "00:00" && e.GetProperty("duration").GetString() != "24:00");
    }

    [Fact]
    public void IdsAndVersionAreStableAndTheVersionFollowsTheContent()
    {
        var schedule = ScheduleFixtures.LoadValid(ScheduleFixtures.SampleSchedule, ScheduleFixtures.SampleSpeakers);
        var first = C3vocJsonExporter.Export(schedule, "fr", ScheduleFixtures.Options());
        var second = C3vocJsonExporter.Export(ScheduleFixtures.LoadValid(ScheduleFixtures.SampleSchedule, ScheduleFixtures.SampleSpeakers), "fr",
            ScheduleFixtures.Options(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var changed = C3vocJsonExporter.Export(
            ScheduleFixtures.LoadValid(ScheduleFixtures.SampleSchedule.Replace("10:30", "11:00", StringComparison.Ordinal), ScheduleFixtures.SampleSpeakers), "fr", ScheduleFixtures.Options());

        Assert.Equal(first, second);
        Assert.NotEqual(Version(first.Text), Version(changed.Text));
        Assert.Equal(XmlVersion(C3vocXmlExporter.Export(schedule, "fr", ScheduleFixtures.Options()).Text), Version(first.Text));
    }

    [Fact]
    public void RamadanDatesCarryTheirOwnOffset()
    {
        const string schedule = """
            event: { start: 2026-03-01, end: 2026-03-01 }
            sessions:
              - id: during-ramadan
                start: 2026-03-01T10:30
                end: "12:00"
                title: During
            """;

        using var json = JsonDocument.Parse(C3vocJsonExporter.Export(ScheduleFixtures.LoadValid(schedule), "fr", ScheduleFixtures.Options()).Text);
        var day = json.RootElement.GetProperty("schedule").GetProperty("conference").GetProperty("days")[0];

        Assert.Equal("2026-03-01T00:00:00+00:00", day.GetProperty("day_start").GetString());
        Assert.Equal("2026-03-01T10:30:00+00:00", Event(day, "93e Assemblée générale d'INTERPOL", "During").GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("https://example.org/ga94/", "ga94")]
    [InlineData("https://ga95.example.org/", "ga95")]
    public void WithoutAnAcronymTheEditionsFolderOrElseTheHostNamesIt(string baseUrl, string acronym)
    {
        var schedule = ScheduleFixtures.LoadValid(ScheduleFixtures.SampleSchedule.Replace("  acronym: ga93\n", string.Empty, StringComparison.Ordinal), ScheduleFixtures.SampleSpeakers);

        using var json = JsonDocument.Parse(C3vocJsonExporter.Export(schedule, "en", ScheduleFixtures.Options() with { BaseUrl = new Uri(baseUrl) }).Text);

        Assert.Equal(acronym, json.RootElement.GetProperty("schedule").GetProperty("conference").GetProperty("acronym").GetString());
    }

    [Fact]
    public void NameBasedUuidsMatchTheRfcAlgorithm()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), DeterministicGuid.Create(dns, "python.org"));
        Assert.Equal(DeterministicGuid.ForSession("ga93.example.org", "closing"), DeterministicGuid.ForSession("ga93.example.org", "closing"));
        Assert.NotEqual(DeterministicGuid.ForSession("ga93.example.org", "closing"), DeterministicGuid.ForSession("other.example.org", "closing"));
    }

    /// <summary>
    /// The c3voc schema as NJsonSchema can read it. The schema forbids <c>schedule.rooms</c> with a
    /// boolean subschema (<c>"rooms": false</c>, valid draft-06) that NJsonSchema cannot parse; it is
    /// replaced by its exact equivalent <c>{"not": {}}</c> (<c>true</c> by <c>{}</c>). Nothing else changes.
    /// </summary>
    private static async Task<JsonSchema> LoadJsonSchema()
    {
        var path = Path.Combine(ScheduleFixtures.C3vocFormatFolder(), "schema.json");
        var root = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        ReplaceBooleanSubschemas(root);
        return await JsonSchema.FromJsonAsync(root.ToJsonString(), path);
    }

    private static void ReplaceBooleanSubschemas(JsonNode node)
    {
        if (node is not JsonObject obj)
        {
            return;
        }

        foreach (var (key, value) in obj.ToList())
        {
            if (key is "properties" or "patternProperties" or "definitions" && value is JsonObject children)
            {
                foreach (var (name, child) in children.ToList())
                {
                    if (child is JsonValue v && v.TryGetValue<bool>(out var allowed))
                    {
                        children[name] = allowed ? new JsonObject() : new JsonObject { ["not"] = new JsonObject() };
                    }
                }
            }

            if (value is not null)
            {
                ReplaceBooleanSubschemas(value);
            }
        }
    }

    private static JsonElement Event(JsonElement day, string room, string title) =>
        day.GetProperty("rooms").GetProperty(room).EnumerateArray().Single(e => e.GetProperty("title").GetString() == title);

    private static string Version(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("schedule").GetProperty("version").GetString()!;
    }

    private static string XmlVersion(string xml) => XDocument.Parse(xml).Root!.Element("version")!.Value;

    private static List<string> ValidateXml(string xml)
    {
        var schemas = new XmlSchemaSet();
        using (var reader = XmlReader.Create(Path.Combine(ScheduleFixtures.C3vocFormatFolder(), "schedule.xml.xsd")))
        {
            schemas.Add(null, reader);
        }

        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var validating = XmlReader.Create(new StringReader(xml), settings);
        while (validating.Read())
        {
        }

        return errors;
    }
}
