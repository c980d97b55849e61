namespace StaticEvent.Programme;

/// <summary>
/// The programme of the event, loaded from <c>data/schedule.yml</c> and <c>data/speakers.yml</c>
/// by <see cref="ScheduleLoader"/>. Immutable: renderers on several threads can share it.
/// Not named <c>Schedule</c>: inside any <c>StaticEvent.*</c> namespace that name is the
/// namespace <c>StaticEvent.Programme</c>, and every caller would have to qualify the type.
/// </summary>
internal sealed class EventSchedule
{
    private readonly Dictionary<string, Session> _sessionsById;
    private readonly Dictionary<string, Speaker> _speakersById;
    private readonly Dictionary<string, IReadOnlyList<Session>> _sessionsBySpeaker;

    public EventSchedule(
        EventInfo @event,
        TimeZoneInfo zone,
        IReadOnlyList<string> languages,
        string defaultLanguage,
        IReadOnlyList<Room> rooms,
        IReadOnlyList<Track> tracks,
        IReadOnlyList<Speaker> speakers,
        IReadOnlyList<Session> sessions)
    {
        Event = @event;
        TimeZone = zone;
        Languages = languages;
        DefaultLanguage = defaultLanguage;
        Rooms = rooms;
        Tracks = tracks;
        Speakers = speakers;
        Sessions = sessions;
        _sessionsById = sessions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _speakersById = speakers.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _sessionsBySpeaker = speakers.ToDictionary(
            p => p.Id,
            p => (IReadOnlyList<Session>)sessions.Where(s => s.Speakers.Contains(p) || s.Guests.Contains(p)).ToList(),
            StringComparer.Ordinal);
        Days = @event.Days
            .Select((date, i) => new ScheduleDay(i + 1, date, sessions.Where(s => s.Time.Date == date).ToList()))
            .ToList();
    }

    public EventInfo Event { get; }

    /// <summary>The event's IANA zone (from <c>timeZone</c> in site.yml); every local time is in it.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The site's language codes, in the order of site.yml.</summary>
    public IReadOnlyList<string> Languages { get; }

    public string DefaultLanguage { get; }

    /// <summary>Rooms, tracks and speakers in file order.</summary>
    public IReadOnlyList<Room> Rooms { get; }

    public IReadOnlyList<Track> Tracks { get; }

    public IReadOnlyList<Speaker> Speakers { get; }

    /// <summary>
    /// Every session in programme order: by day; on a day, all-day items first, then timed ones by
    /// start, then those whose time is to be confirmed; ties keep file order.
    /// </summary>
    public IReadOnlyList<Session> Sessions { get; }

    /// <summary>Every day from the event's start to its end, including days without sessions.</summary>
    public IReadOnlyList<ScheduleDay> Days { get; }

    public Session? Session(string id) => _sessionsById.GetValueOrDefault(id);

    public Speaker? Speaker(string id) => _speakersById.GetValueOrDefault(id);

    /// <summary>The sessions where a person speaks or is present, in programme order.</summary>
    public IReadOnlyList<Session> SessionsOf(Speaker speaker) =>
        _sessionsBySpeaker.TryGetValue(speaker.Id, out var sessions) ? sessions : [];
}
