namespace StaticEvent.Schedule;

/// <summary>
/// When a session happens: at a time (<see cref="Timed"/>), for a whole day (<see cref="AllDay"/>),
/// or on a day whose time is not known yet (<see cref="TimeToBeConfirmed"/>). A closed set: the
/// constructor is private so every consumer can switch over exactly these three cases, which is
/// why they are nested here rather than in files of their own.
/// </summary>
public abstract record ScheduleTime
{
    private ScheduleTime()
    {
    }

    /// <summary>The local date the session belongs to in the programme.</summary>
    public abstract DateOnly Date { get; }

    /// <summary>
    /// A session at a local time of the event's zone. <see cref="End"/> is null when the end was not
    /// announced (the opening ceremony): exports then give no end rather than invent one.
    /// Offsets come from the zone's rules for that date, never a fixed offset.
    /// </summary>
    public sealed record Timed(DateTime Start, DateTime? End, TimeZoneInfo Zone) : ScheduleTime
    {
        public override DateOnly Date => DateOnly.FromDateTime(Start);

        /// <summary>The start with the offset the zone has at that moment, e.g. <c>2025-11-24T10:30+01:00</c>.</summary>
        public DateTimeOffset StartOffset => ZoneTime.ToOffset(Start, Zone);

        public DateTimeOffset? EndOffset => End is { } end ? ZoneTime.ToOffset(end, Zone) : null;

        /// <summary>Real elapsed time (a clock change during the session counts), or null without an end.</summary>
        public TimeSpan? Duration => EndOffset is { } end ? end - StartOffset : null;
    }

    /// <summary>A session that fills the whole day <see cref="Date"/>.</summary>
    public sealed record AllDay(DateOnly Day) : ScheduleTime
    {
        public override DateOnly Date => Day;
    }

    /// <summary>A session on <see cref="Date"/> whose time has not been announced.</summary>
    public sealed record TimeToBeConfirmed(DateOnly Day) : ScheduleTime
    {
        public override DateOnly Date => Day;
    }
}
