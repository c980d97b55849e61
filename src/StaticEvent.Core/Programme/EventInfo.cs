using StaticEvent.Diagnostics;

namespace StaticEvent.Programme;

/// <summary>
/// The event as a whole, from <c>event:</c> at the top of <c>data/schedule.yml</c>: its first and
/// last day (local dates in the event's zone), a short acronym for the c3voc exports, and where it
/// takes place, used when a session names no room; its postal address and organiser when given.
/// </summary>
internal sealed record EventInfo(DateOnly Start, DateOnly End, string Acronym, LocalizedText? Location, SourceLocation Source)
{
    public EventAddress? Address { get; init; }

    public EventOrganizer? Organizer { get; init; }

    public int DayCount => End.DayNumber - Start.DayNumber + 1;

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, DayCount).Select(Start.AddDays);

    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
