using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticEvent.Rendering;

namespace StaticEvent.Programme;

/// <summary>
/// The schedule as c3voc/frab schedule JSON (<c>schedule.json</c>, the format pretalx and frab
/// export and Giggity, EventFahrplan and info-beamer read), valid against the c3voc JSON schema.
/// One file is one language; the mapping is described in docs/schedule.md.
/// </summary>
internal static class C3vocJsonExporter
{
    public const string FileName = "schedule.json";
    public const string SchemaUrl = "https://c3voc.de/schedule/schema.json";

    public static RenderedFile Export(EventSchedule schedule, string language, ScheduleExportOptions options, string path = FileName)
    {
        var conference = C3vocConference.Map(schedule, language, options);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,

            // Fixed, so the file is the same on every OS.
            NewLine = "\n",

            // A standalone JSON file, never inlined in HTML: Arabic and accents stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUrl);
            json.WriteStartObject("generator");
            json.WriteString("name", "StaticEvent");
            json.WriteEndObject();
            json.WriteStartObject("schedule");
            json.WriteString("version", conference.Version);
            json.WriteString("base_url", conference.BaseUrl);
            WriteConference(json, conference);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return new RenderedFile(path, Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }

    private static void WriteConference(Utf8JsonWriter json, C3vocConference conference)
    {
        json.WriteStartObject("conference");
        json.WriteString("acronym", conference.Acronym);
        json.WriteString("title", conference.Title);
        json.WriteString("start", C3vocConference.DateText(conference.Start));
        json.WriteString("end", C3vocConference.DateText(conference.End));
        json.WriteNumber("daysCount", conference.DaysCount);
        json.WriteString("timeslot_duration", C3vocConference.TimeslotDuration);
        json.WriteString("time_zone_name", conference.TimeZoneName);
        json.WriteString("url", conference.Url);
        json.WriteStartArray("rooms");
        foreach (var room in conference.Rooms)
        {
            WriteNamed(json, room.Name, room.Guid);
        }

        json.WriteEndArray();
        json.WriteStartArray("tracks");
        foreach (var track in conference.Tracks)
        {
            json.WriteStartObject();
            json.WriteString("name", track.Name);
            if (C3vocConference.IsJsonSlug(track.Slug))
            {
                json.WriteString("slug", track.Slug);
            }

            if (track.Color is not null)
            {
                json.WriteString("color", track.Color);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("days");
        foreach (var day in conference.Days)
        {
            json.WriteStartObject();
            json.WriteNumber("index", day.Index);
            json.WriteString("date", C3vocConference.DateText(day.Date));
            json.WriteString("day_start", C3vocConference.DateTimeText(day.DayStart));
            json.WriteString("day_end", C3vocConference.DateTimeText(day.DayEnd));
            json.WriteStartObject("rooms");
            foreach (var (name, events) in day.Rooms)
            {
                json.WriteStartArray(name);
                foreach (var e in events)
                {
                    WriteEvent(json, e);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, C3vocEvent e)
    {
        json.WriteStartObject();
        json.WriteString("guid", e.Guid.ToString("D"));
        json.WriteNumber("id", e.Id);
        json.WriteString("date", C3vocConference.DateTimeText(e.Date));
        json.WriteString("start", e.Start);
        json.WriteString("duration", e.Duration);
        if (e.End is { } end)
        {
            json.WriteString("end", C3vocConference.DateTimeText(end));
        }

        json.WriteString("room", e.Room);
        json.WriteString("slug", e.Slug);
        json.WriteString("url", e.Url);
        json.WriteString("title", e.Title);
        json.WriteString("subtitle", e.Subtitle);
        WriteNullable(json, "track", e.Track);
        json.WriteString("type", e.Type);
        json.WriteString("language", e.Language);
        json.WriteString("abstract", e.Abstract);
        WriteNullable(json, "description", e.Description);
        json.WriteBoolean("do_not_record", e.DoNotRecord);
        json.WriteBoolean("do_not_stream", e.DoNotRecord);
        json.WriteStartArray("persons");
        foreach (var person in e.Persons)
        {
            WriteNamed(json, person.Name, person.Guid);
        }

        json.WriteEndArray();
        json.WriteStartArray("links");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Rooms and persons are both written as <c>{ "name", "guid" }</c>.</summary>
    private static void WriteNamed(Utf8JsonWriter json, string name, Guid guid)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("guid", guid.ToString("D"));
        json.WriteEndObject();
    }
}
