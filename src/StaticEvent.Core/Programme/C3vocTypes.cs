namespace StaticEvent.Programme;

/// <summary>A room as the c3voc formats list it; <see cref="Id"/> is ours, for grouping.</summary>
internal sealed record C3vocRoom(string Id, string Name, Guid Guid);

/// <summary>A track in the c3voc conference header.</summary>
internal sealed record C3vocTrack(string Name, string Slug, string? Color);

/// <summary>A person of an event: speakers only (guests are named in the description).</summary>
internal sealed record C3vocPerson(string Name, Guid Guid);

/// <summary>A day, from local midnight to the next, with its events per room (rooms in file order).</summary>
internal sealed record C3vocDay(int Index, DateOnly Date, DateTimeOffset DayStart, DateTimeOffset DayEnd, IReadOnlyList<(string Name, IReadOnlyList<C3vocEvent> Events)> Rooms);

/// <summary>One event (a session) in c3voc terms.</summary>
internal sealed record C3vocEvent
{
    public required Guid Guid { get; init; }

    public required int Id { get; init; }

    public required DateTimeOffset Date { get; init; }

    public required string Start { get; init; }

    public required string Duration { get; init; }

    /// <summary>Only when the end was announced.</summary>
    public DateTimeOffset? End { get; init; }

    public required string Room { get; init; }

    public required string Slug { get; init; }

    public required string Url { get; init; }

    public required string Title { get; init; }

    public required string Subtitle { get; init; }

    public string? Track { get; init; }

    public required string Type { get; init; }

    public required string Language { get; init; }

    public required string Abstract { get; init; }

    public string? Description { get; init; }

    public bool DoNotRecord { get; init; }

    public required IReadOnlyList<C3vocPerson> Persons { get; init; }
}
