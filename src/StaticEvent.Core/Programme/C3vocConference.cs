using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticEvent.Programme;

/// <summary>
/// Our schedule mapped onto the c3voc/frab model once, for both the JSON and the XML writer, so
/// the two formats can never disagree. See docs/schedule.md, "c3voc exports", for the choices,
/// which never invent a time: a session without an announced end has a duration of 00:00 and a
/// subtitle saying so; one whose time is not confirmed is left out, as frab and pretalx leave out
/// unscheduled talks (apps place every event at a time, and 00:00 would read as midnight); an
/// all-day item fills its day from 00:00, which is what the schedule says.
/// </summary>
internal sealed partial record C3vocConference
{
    public const string TimeslotDuration = "00:15";

    private const string VenueRoomId = "_venue";

    private C3vocConference()
    {
    }

    public required string Version { get; init; }

    public required string Acronym { get; init; }

    public required string Title { get; init; }

    public required DateOnly Start { get; init; }

    public required DateOnly End { get; init; }

    public required int DaysCount { get; init; }

    public required string TimeZoneName { get; init; }

    public required string BaseUrl { get; init; }

    public required string Url { get; init; }

    public required IReadOnlyList<C3vocRoom> Rooms { get; init; }

    public required IReadOnlyList<C3vocTrack> Tracks { get; init; }

    public required IReadOnlyList<C3vocDay> Days { get; init; }

    public static C3vocConference Map(EventSchedule schedule, string language, ScheduleExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(options);
        var labels = options.Labels(language);
        var rooms = MapRooms(schedule, language, options);
        var ids = NumericIds(schedule.Sessions.Select(s => s.Id), options);
        var acronym = ChooseAcronym(schedule, options);
        var days = schedule.Days.Select(day => new C3vocDay(
            day.Index,
            day.Date,
            Midnight(day.Date, schedule.TimeZone),
            Midnight(day.Date.AddDays(1), schedule.TimeZone),
            rooms.Select(room => (room.Name, (IReadOnlyList<C3vocEvent>)day.Sessions
                    .Where(s => s.Time is not ScheduleTime.TimeToBeConfirmed && (s.Room?.Id ?? VenueRoomId) == room.Id)
                    .Select(s => MapEvent(schedule, s, room.Name, language, labels, acronym, ids[s.Id], options))
                    .ToList()))
                .ToList()))
            .ToList();

        var conference = new C3vocConference
        {
            Version = string.Empty,
            Acronym = acronym,
            Title = options.Title(language),
            Start = schedule.Event.Start,
            End = schedule.Event.End,
            DaysCount = schedule.Event.DayCount,
            TimeZoneName = IanaId(schedule.TimeZone),
            BaseUrl = options.BaseUrl.AbsoluteUri,
            Url = (options.ProgrammeUrl?.Invoke(language) ?? options.BaseUrl).AbsoluteUri,
            Rooms = rooms,
            Tracks = schedule.Tracks.Select(t => new C3vocTrack(t.Name[language], t.Id, t.Color)).ToList(),
            Days = days,
        };

        return conference with { Version = conference.ContentHash() };
    }

    /// <summary>c3voc's date-time form: local time with its offset, <c>2025-11-24T10:30:00+01:00</c>.</summary>
    public static string DateTimeText(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string DateText(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Hours and minutes, hours not capped at 24 (a 25-hour day exists where clocks go back).</summary>
    public static string DurationText(TimeSpan value) =>
        $"{(int)value.TotalHours:00}:{value.Minutes:00}";

    /// <summary>The XSD's <c>voc-slug-new</c>; the XML slug is optional and written only when it fits.</summary>
    public static bool IsXmlSlug(string slug) => XmlSlugPattern().IsMatch(slug);

    /// <summary>The JSON schema's slug pattern (at least two characters); a track slug that does not fit is left out.</summary>
    public static bool IsJsonSlug(string slug) => JsonSlugPattern().IsMatch(slug);

    /// <summary>The XSD's track <c>slug</c> type.</summary>
    public static bool IsXmlTrackSlug(string slug) => XmlTrackSlugPattern().IsMatch(slug);

    /// <summary>
    /// A version that changes exactly when the content does: apps such as EventFahrplan compare it
    /// to tell their users the schedule changed. A build date would change with every build, or
    /// never when the build date is fixed.
    /// </summary>
    private string ContentHash()
    {
        var text = new StringBuilder();
        text.AppendJoin('\u001f', Acronym, Title, DateText(Start), DateText(End), TimeZoneName, BaseUrl, Url).Append('\u001e');
        foreach (var room in Rooms)
        {
            text.AppendJoin('\u001f', room.Name, room.Guid).Append('\u001e');
        }

        foreach (var track in Tracks)
        {
            text.AppendJoin('\u001f', track.Name, track.Slug, track.Color ?? string.Empty).Append('\u001e');
        }

        foreach (var e in Days.SelectMany(d => d.Rooms).SelectMany(r => r.Events))
        {
            text.AppendJoin('\u001f', e.Guid, e.Id, DateTimeText(e.Date), e.Start, e.Duration, e.End is { } end ? DateTimeText(end) : string.Empty,
                e.Room, e.Slug, e.Url, e.Title, e.Subtitle, e.Track ?? string.Empty, e.Type, e.Language, e.Abstract, e.Description ?? string.Empty, e.DoNotRecord);
            foreach (var person in e.Persons)
            {
                text.Append('\u001f').Append(person.Name).Append('\u001f').Append(person.Guid);
            }

            text.Append('\u001e');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }

    private static List<C3vocRoom> MapRooms(EventSchedule schedule, string language, ScheduleExportOptions options)
    {
        var rooms = new List<C3vocRoom>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var room in schedule.Rooms)
        {
            rooms.Add(new C3vocRoom(room.Id, UniqueName(room.Name[language], room.Id, names), DeterministicGuid.ForRoom(options.UidDomain, room.Id)));
        }

        // The format files every event under a room; sessions without one go under the event's place.
        if (schedule.Sessions.Any(s => s.Room is null && s.Time is not ScheduleTime.TimeToBeConfirmed))
        {
            var name = schedule.Event.Location?[language] ?? options.Title(language);
            rooms.Add(new C3vocRoom(VenueRoomId, UniqueName(name, VenueRoomId, names), DeterministicGuid.ForRoom(options.UidDomain, VenueRoomId)));
        }

        return rooms;
    }

    /// <summary>Rooms are keyed by name in the JSON: two rooms with one name would merge, so the second gets its id.</summary>
    private static string UniqueName(string name, string id, HashSet<string> names) => names.Add(name) ? name : $"{name} ({id})";

    private static C3vocEvent MapEvent(EventSchedule schedule, Session session, string room, string language, ScheduleLabels labels, string acronym, int id, ScheduleExportOptions options)
    {
        var title = session.Title.Resolve(language);
        var notes = ExportText.Notes(session, labels);
        DateTimeOffset start;
        TimeSpan duration;
        DateTimeOffset? end = null;
        if (session.Time is ScheduleTime.Timed timed)
        {
            start = timed.Start;
            end = timed.End;
            duration = timed.Duration ?? TimeSpan.Zero;
        }
        else
        {
            start = Midnight(session.Time.Date, schedule.TimeZone);
            duration = Midnight(session.Time.Date.AddDays(1), schedule.TimeZone) - start;
        }

        var description = session.Description?[language];
        var people = ExportText.People(session, language, labels, includeSpeakers: false);
        var fullDescription = string.Join("\n\n", new[] { description }.Concat(people).Where(p => !string.IsNullOrEmpty(p)));
        return new C3vocEvent
        {
            Guid = DeterministicGuid.ForSession(options.UidDomain, session.Id),
            Id = id,
            Date = start,
            Start = start.ToString("HH:mm", CultureInfo.InvariantCulture),
            Duration = DurationText(duration),
            End = end,
            Room = room,
            Slug = $"{acronym}-{session.Id}",
            Url = options.SessionUrl(session, language).AbsoluteUri,
            Title = title.Text,
            Subtitle = string.Join(" · ", notes),
            Track = session.Track?.Name[language],
            Type = "meeting",
            Language = title.Language,
            Abstract = description is null ? string.Empty : ExportText.FirstParagraph(description),
            Description = fullDescription.Length == 0 ? null : fullDescription,
            DoNotRecord = session.ClosedDoor,
            Persons = session.Speakers.Select(p => new C3vocPerson(p.Name[language], DeterministicGuid.ForSpeaker(options.UidDomain, p.Id))).ToList(),
        };
    }

    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone) => ZoneTime.ToOffset(date.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>
    /// The format still requires a positive integer id. Derived from the session's UUID (stable
    /// across builds); a clash, however unlikely, moves the later id (in id order) to the next free number.
    /// </summary>
    private static Dictionary<string, int> NumericIds(IEnumerable<string> sessionIds, ScheduleExportOptions options)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var used = new HashSet<int>();
        Span<byte> bytes = stackalloc byte[16];
        foreach (var id in sessionIds.Order(StringComparer.Ordinal))
        {
            DeterministicGuid.ForSession(options.UidDomain, id).TryWriteBytes(bytes, bigEndian: true, out _);
            var number = (int)(BinaryPrimitives.ReadUInt32BigEndian(bytes) & 0x3FFFFFFF) + 1;
            while (!used.Add(number))
            {
                number = number == int.MaxValue ? 1 : number + 1;
            }

            result[id] = number;
        }

        return result;
    }

    private static string ChooseAcronym(EventSchedule schedule, ScheduleExportOptions options)
    {
        if (schedule.Event.Acronym.Length > 0)
        {
            return schedule.Event.Acronym;
        }

        // The edition's folder (example.org/ga94/ → ga94) tells two editions on one host apart; else the host's first label.
        var path = options.BaseUrl.AbsolutePath.Trim('/');
        var name = path.Length > 0 ? path[(path.LastIndexOf('/') + 1)..] : options.Host.Split('.')[0];
        var label = new string(name.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_').ToArray());
        return ScheduleValues.IsAcronym(label) ? label : "schedule";
    }

    private static string IanaId(TimeZoneInfo zone) =>
        zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;

    [GeneratedRegex("^[a-z0-9_]{4,}-[a-z0-9\\-_]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex XmlSlugPattern();

    [GeneratedRegex("^[a-z0-9_-]+[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonSlugPattern();

    [GeneratedRegex("^[a-z][a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex XmlTrackSlugPattern();
}
