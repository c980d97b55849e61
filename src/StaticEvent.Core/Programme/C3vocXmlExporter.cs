using System.Globalization;
using System.Text;
using System.Xml;
using StaticEvent.Rendering;

namespace StaticEvent.Programme;

/// <summary>
/// The schedule as frab/c3voc schedule XML (<c>schedule.xml</c>), valid against the c3voc
/// <c>schedule.xml.xsd</c>. Same mapping as <see cref="C3vocJsonExporter"/>; one file per language.
/// </summary>
internal static class C3vocXmlExporter
{
    public const string FileName = "schedule.xml";

    public static RenderedFile Export(EventSchedule schedule, string language, ScheduleExportOptions options, string path = FileName)
    {
        var conference = C3vocConference.Map(schedule, language, options);
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("schedule");
            xml.WriteStartElement("generator");
            xml.WriteAttributeString("name", "StaticEvent");
            xml.WriteEndElement();
            xml.WriteElementString("version", conference.Version);
            WriteConference(xml, conference);
            foreach (var day in conference.Days)
            {
                WriteDay(xml, day);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return new RenderedFile(path, Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }

    private static void WriteConference(XmlWriter xml, C3vocConference conference)
    {
        xml.WriteStartElement("conference");
        xml.WriteElementString("acronym", conference.Acronym);
        xml.WriteElementString("title", conference.Title);
        xml.WriteElementString("start", C3vocConference.DateText(conference.Start));
        xml.WriteElementString("end", C3vocConference.DateText(conference.End));
        xml.WriteElementString("days", conference.DaysCount.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("timeslot_duration", C3vocConference.TimeslotDuration);
        xml.WriteElementString("base_url", conference.BaseUrl);
        xml.WriteElementString("url", conference.Url);
        xml.WriteElementString("time_zone_name", conference.TimeZoneName);
        foreach (var track in conference.Tracks)
        {
            xml.WriteStartElement("track");
            xml.WriteAttributeString("name", track.Name);
            if (track.Color is not null)
            {
                xml.WriteAttributeString("color", track.Color);
            }

            if (C3vocConference.IsXmlTrackSlug(track.Slug))
            {
                xml.WriteAttributeString("slug", track.Slug);
            }

            xml.WriteString(track.Name);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteDay(XmlWriter xml, C3vocDay day)
    {
        xml.WriteStartElement("day");
        xml.WriteAttributeString("index", day.Index.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("date", C3vocConference.DateText(day.Date));
        xml.WriteAttributeString("start", C3vocConference.DateTimeText(day.DayStart));
        xml.WriteAttributeString("end", C3vocConference.DateTimeText(day.DayEnd));
        foreach (var (name, events) in day.Rooms)
        {
            xml.WriteStartElement("room");
            xml.WriteAttributeString("name", name);
            foreach (var e in events)
            {
                WriteEvent(xml, e);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteEvent(XmlWriter xml, C3vocEvent e)
    {
        xml.WriteStartElement("event");
        xml.WriteAttributeString("guid", e.Guid.ToString("D"));
        xml.WriteAttributeString("id", e.Id.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("date", C3vocConference.DateTimeText(e.Date));
        xml.WriteElementString("start", e.Start);
        xml.WriteElementString("duration", e.Duration);
        xml.WriteElementString("room", e.Room);
        if (C3vocConference.IsXmlSlug(e.Slug))
        {
            xml.WriteElementString("slug", e.Slug);
        }

        xml.WriteElementString("url", e.Url);
        xml.WriteElementString("title", e.Title);
        xml.WriteElementString("subtitle", e.Subtitle);
        xml.WriteElementString("track", e.Track ?? string.Empty);
        xml.WriteElementString("type", e.Type);
        xml.WriteElementString("language", e.Language);
        xml.WriteElementString("abstract", e.Abstract);
        if (e.Description is not null)
        {
            xml.WriteElementString("description", e.Description);
        }

        xml.WriteStartElement("persons");
        foreach (var person in e.Persons)
        {
            xml.WriteStartElement("person");
            xml.WriteAttributeString("guid", person.Guid.ToString("D"));
            xml.WriteString(person.Name);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
