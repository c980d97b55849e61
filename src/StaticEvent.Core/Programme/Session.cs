using StaticEvent.Diagnostics;

namespace StaticEvent.Programme;

/// <summary>
/// One item of the programme. References are resolved: <see cref="Room"/>, <see cref="Track"/>,
/// <see cref="Speakers"/> and <see cref="Guests"/> are the objects, not ids. Guests are people
/// listed as present (dignitaries at a ceremony) who do not speak.
/// </summary>
internal sealed record Session
{
    public required string Id { get; init; }

    public required ScheduleTime Time { get; init; }

    /// <summary>The day or the time may still change; pages and exports mark it.</summary>
    public bool Tentative { get; init; }

    /// <summary>Closed to the public and the press.</summary>
    public bool ClosedDoor { get; init; }

    public Room? Room { get; init; }

    public Track? Track { get; init; }

    public IReadOnlyList<Speaker> Speakers { get; init; } = [];

    public IReadOnlyList<Speaker> Guests { get; init; } = [];

    public required LocalizedText Title { get; init; }

    /// <summary>Markdown, per language.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Where the session starts in <c>data/schedule.yml</c>, for later diagnostics (e.g. Markdown errors).</summary>
    public required SourceLocation Location { get; init; }
}
