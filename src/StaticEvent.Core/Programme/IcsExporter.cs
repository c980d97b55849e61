using StaticEvent.Rendering;

namespace StaticEvent.Programme;

/// <summary>
/// The schedule as iCalendar (RFC 5545): the whole event (<c>schedule.ics</c>) or one session
/// ("add to calendar"). Pure functions of the schedule and the options: no clock, no randomness.
/// </summary>
/// <remarks>
/// Times are written in UTC (<c>DTSTART:20251124T093000Z</c>) instead of local times with a
/// VTIMEZONE. Morocco's offset follows Ramadan, which no RRULE can describe, so a correct
/// VTIMEZONE would have to list every change as RDATEs and clients would still have to apply it
/// faithfully; a UTC instant cannot be misread, and every client shows it in its user's zone.
/// The offset behind each instant comes from the zone's rules for that date (see ZoneTime).
/// All-day and time-to-be-confirmed items are floating dates (<c>VALUE=DATE</c>), as RFC 5545
/// defines all-day events, with DTEND the next day.
/// </remarks>
internal static class IcsExporter
{
    public const string CalendarFileName = "schedule.ics";
    public const string ProductId = "-//StaticEvent//StaticEvent Schedule//EN";

    /// <summary>Every session of the schedule in one calendar, texts in <paramref name="language"/>.</summary>
    public static RenderedFile Calendar(EventSchedule schedule, string language, ScheduleExportOptions options, string path = CalendarFileName)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(options);
        var writer = Header(language, options, name: options.Title(language));
        foreach (var session in schedule.Sessions)
        {
            Event(writer, schedule, session, language, options);
        }

        writer.End("VCALENDAR");
        return new RenderedFile(path, writer.ToString());
    }

    /// <summary>One session as a calendar of its own, with the same UID as in the whole calendar.</summary>
    public static RenderedFile Session(EventSchedule schedule, Session session, string language, ScheduleExportOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        var writer = Header(language, options, name: null);
        Event(writer, schedule, session, language, options);
        writer.End("VCALENDAR");
        return new RenderedFile(path, writer.ToString());
    }

    /// <summary>
    /// The UID of a session: its id and the site's address, e.g. <c>opening-ceremony@ga93.example.org</c>
    /// or <c>opening-ceremony@example.org/ga93</c> (<see cref="ScheduleExportOptions.UidDomainOf"/>).
    /// The same in every language and every build, so a re-import updates instead of duplicating.
    /// </summary>
    public static string Uid(Session session, ScheduleExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        return $"{session.Id}@{options.UidDomain}";
    }

    private static IcsWriter Header(string language, ScheduleExportOptions options, string? name)
    {
        var writer = new IcsWriter();
        writer.Begin("VCALENDAR");
        writer.Raw("PRODID", ProductId);
        writer.Raw("VERSION", "2.0");
        writer.Raw("CALSCALE", "GREGORIAN");
        writer.Raw("METHOD", "PUBLISH");
        if (name is not null)
        {
            // Not in RFC 5545, but the name most clients show for a subscribed calendar.
            writer.Text("X-WR-CALNAME", name, language);
        }

        return writer;
    }

    private static void Event(IcsWriter writer, EventSchedule schedule, Session session, string language, ScheduleExportOptions options)
    {
        var labels = options.Labels(language);
        var title = session.Title.Resolve(language);
        writer.Begin("VEVENT");
        writer.Text("UID", Uid(session, options));
        writer.UtcDateTime("DTSTAMP", options.BuildDate);
        switch (session.Time)
        {
            case ScheduleTime.Timed timed:
                writer.UtcDateTime("DTSTART", timed.Start);

                // No announced end: no DTEND, which RFC 5545 reads as ending when it starts.
                if (timed.End is { } end)
                {
                    writer.UtcDateTime("DTEND", end);
                }

                break;
            default:
                writer.Date("DTSTART", session.Time.Date);
                writer.Date("DTEND", session.Time.Date.AddDays(1));

                // A day whose hours are unknown should not mark the subscriber busy all day.
                writer.Raw("TRANSP", "TRANSPARENT");
                break;
        }

        var summary = session.Time is ScheduleTime.TimeToBeConfirmed ? $"{title.Text} ({labels.TimeToBeConfirmed})" : title.Text;
        writer.Text("SUMMARY", summary, title.Language);
        var description = Description(session, language, labels, out var descriptionLanguage);
        if (description.Length > 0)
        {
            writer.Text("DESCRIPTION", description, descriptionLanguage);
        }

        if (ExportText.Place(schedule, session, language) is { } place)
        {
            writer.Text("LOCATION", place.Text, place.Language);
        }

        if (session.Track is not null)
        {
            var track = session.Track.Name.Resolve(language);
            writer.Text("CATEGORIES", track.Text, track.Language);
        }

        writer.Raw("URL", options.SessionUrl(session, language).AbsoluteUri);
        writer.Raw("STATUS", session.Tentative ? "TENTATIVE" : "CONFIRMED");
        writer.End("VEVENT");
    }

    /// <summary>Notes, then the description (Markdown source reads well as text), then the people.</summary>
    private static string Description(Session session, string language, ScheduleLabels labels, out string? descriptionLanguage)
    {
        var parts = new List<string>();
        var notes = ExportText.Notes(session, labels);
        if (notes.Count > 0)
        {
            parts.Add(string.Join("\n", notes.Select(n => n + ".")));
        }

        descriptionLanguage = language;
        if (session.Description?.Resolve(language) is { } text)
        {
            parts.Add(text.Text);

            // A fallback text is in another language than the notes: claim no single language then.
            descriptionLanguage = text.IsFallback ? null : language;
        }

        var people = ExportText.People(session, language, labels);
        if (people.Count > 0)
        {
            parts.Add(string.Join("\n", people));
        }

        return string.Join("\n\n", parts);
    }
}
