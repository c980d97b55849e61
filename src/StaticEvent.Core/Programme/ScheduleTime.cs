namespace StaticEvent.Programme;

/// <summary>
/// When a session happens: at a time (<see cref="Timed"/>), for a whole day (<see cref="AllDay"/>),
/// or on a day whose time is not known yet (<see cref="TimeToBeConfirmed"/>). A closed set: the
/// constructor is private so every consumer can switch over exactly these three cases, which is
/// why they are nested here rather than in files of their own.
/// </summary>
internal abstract record ScheduleTime
{
    private ScheduleTime()
    {
    }

    /// <summary>The local date the session belongs to in the programme.</summary>
    public abstract DateOnly Date { get; }

    /// <summary>
    /// A session at a local time of the event's zone: <see cref="Start"/> and <see cref="End"/> are
    /// local clock times carrying the offset the zone's rules give for that date and moment
    /// (<c>2025-11-24T10:30+01:00</c>; UTC+00:00 during Ramadan in Morocco), never a fixed offset.
    /// Keeping the offset with the local time also tells apart the two 02:30s of a night when the
    /// clocks go back. <see cref="End"/> is null when the end was not announced (the opening
    /// ceremony): exports then give no end rather than invent one.
    /// </summary>
    public sealed record Timed(DateTimeOffset Start, DateTimeOffset? End, TimeZoneInfo Zone) : ScheduleTime
    {
        public override DateOnly Date => DateOnly.FromDateTime(Start.DateTime);

        /// <summary>Real elapsed time (a change of clocks during the session counts), or null without an end.</summary>
        public TimeSpan? Duration => End - Start;
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
