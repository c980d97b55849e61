namespace StaticEvent.Programme;

/// <summary>The plain-text pieces every export writes the same way: notes about the time, the people, the place.</summary>
internal static class ExportText
{
    /// <summary>What a reader must know that the time fields cannot say: TBC, no end, tentative, closed doors.</summary>
    public static List<string> Notes(Session session, ScheduleLabels labels)
    {
        var notes = new List<string>();
        if (session.Time is ScheduleTime.TimeToBeConfirmed)
        {
            notes.Add(labels.TimeToBeConfirmed);
        }

        if (session.Time is ScheduleTime.Timed { End: null })
        {
            notes.Add(labels.EndNotAnnounced);
        }

        if (session.Tentative)
        {
            notes.Add(labels.Tentative);
        }

        if (session.ClosedDoor)
        {
            notes.Add(labels.ClosedDoor);
        }

        return notes;
    }

    /// <summary>"Speakers: A (role), B (role)" and "In attendance: …", one line each, in the language; the c3voc formats list speakers as persons instead.</summary>
    public static List<string> People(Session session, string language, ScheduleLabels labels, bool includeSpeakers = true)
    {
        var lines = new List<string>();
        if (includeSpeakers && session.Speakers.Count > 0)
        {
            lines.Add(labels.Speakers + " " + string.Join(", ", session.Speakers.Select(p => Person(p, language))));
        }

        if (session.Guests.Count > 0)
        {
            lines.Add(labels.Guests + " " + string.Join(", ", session.Guests.Select(p => Person(p, language))));
        }

        return lines;
    }

    public static string Person(Speaker person, string language) =>
        person.Role is null ? person.Name[language] : $"{person.Name[language]} ({person.Role[language]})";

    /// <summary>The room's name, else the event's location, else nothing.</summary>
    public static LocalizedValue? Place(EventSchedule schedule, Session session, string language) =>
        session.Room?.Name.Resolve(language) ?? schedule.Event.Location?.Resolve(language);

    /// <summary>The first paragraph of Markdown text, for short abstracts.</summary>
    public static string FirstParagraph(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var cut = text.IndexOf("\n\n", StringComparison.Ordinal);
        return cut < 0 ? text : text[..cut].Trim();
    }
}
