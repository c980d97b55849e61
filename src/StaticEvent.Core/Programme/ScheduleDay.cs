namespace StaticEvent.Programme;

/// <summary>One day of the event with its sessions in programme order (see <see cref="EventSchedule.Sessions"/>).</summary>
internal sealed record ScheduleDay(int Index, DateOnly Date, IReadOnlyList<Session> Sessions);
