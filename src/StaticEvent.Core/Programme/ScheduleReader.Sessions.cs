using System.Globalization;
using StaticEvent.Diagnostics;
using StaticEvent.Yaml;

namespace StaticEvent.Programme;

/// <summary>Reading <c>sessions:</c> and their times.</summary>
internal sealed partial class ScheduleReader
{
    private static readonly string[] EndKeys = ["end", "duration"];

    private static readonly string[] SessionKeys =
        ["id", "start", "end", "duration", "day", "allDay", "tentative", "closedDoor", "room", "track", "speakers", "guests", "title", "description"];

    private void ReadSessions(MapReader root)
    {
        var ids = new Dictionary<string, DataScalar>(StringComparer.Ordinal);
        foreach (var entry in Items(root, "sessions", "a session"))
        {
            var (id, idNode) = ReadId(entry, "session", SchedulePath);
            if (id is not null && !ids.TryAdd(id, idNode!))
            {
                diagnostics.Error(DiagnosticCodes.ScheduleDuplicateId, entry.LocationOf(idNode!),
                    $"the session id '{id}' is already used on line {ids[id].Line}", "give each session its own id");
                id = null;
            }

            var draft = new SessionDraft
            {
                Id = id,
                Name = id ?? $"(session on line {entry.Map.Line})",
                Index = _sessions.Count,
                Map = entry.Map,
                Tentative = entry.Bool("tentative") ?? false,
                ClosedDoor = entry.Bool("closedDoor") ?? false,
                Room = ReadReference(entry, "room"),
                Track = ReadReference(entry, "track"),
                Title = ReadText(entry, "title", "a session's title", required: true, warnMissing: true),
                Description = ReadText(entry, "description", "a session's description", required: false, warnMissing: true),
            };
            ReadTime(entry, draft);
            ReadPeople(entry, "speakers", draft.Speakers, draft);
            ReadPeople(entry, "guests", draft.Guests, draft);
            entry.ReportUnknownKeys("a session", SessionKeys);
            _sessions.Add(draft);
        }
    }

    /// <summary>
    /// The three shapes of a time: <c>start</c> (+ <c>end</c> or <c>duration</c>), <c>day</c> +
    /// <c>allDay: true</c>, or <c>day</c> alone (time to be confirmed). Mixed shapes are refused
    /// rather than guessed.
    /// </summary>
    private void ReadTime(MapReader entry, SessionDraft draft)
    {
        var start = entry.Node("start");
        var day = entry.Node("day");
        var end = entry.Node("end");
        var duration = entry.Node("duration");
        var allDayGiven = entry.Map["allDay"] is not null;
        var allDay = entry.Bool("allDay");

        if (start is not null && day is not null)
        {
            Conflict(entry, "day", "'start' and 'day' cannot both be given",
                "use 'start' for a session with a time, or 'day' (with or without allDay: true) for one without");
            return;
        }

        if (start is null && day is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingRequired, entry.LocationOf(entry.Map), $"the session '{draft.Name}' needs 'start' or 'day'",
                "write start: 2025-11-24T10:30 for a timed session, or day: 2025-11-24 for an all-day or time-to-be-confirmed one");
            return;
        }

        if (day is not null)
        {
            foreach (var key in EndKeys.Where(k => entry.Map[k] is not null))
            {
                Conflict(entry, key, $"'{key}' goes with 'start'; an item with 'day' has no time", "use 'start' and '" + key + "', or remove '" + key + "'");
            }

            if (ParseDay(entry, day) is { } date)
            {
                draft.Time = allDay == true ? new ScheduleTime.AllDay(date) : new ScheduleTime.TimeToBeConfirmed(date);
                draft.TimeNode = day;
            }

            return;
        }

        if (allDayGiven)
        {
            Conflict(entry, "allDay", "'allDay' goes with 'day', not with 'start'", "replace 'start' with 'day: YYYY-MM-DD', or remove 'allDay'");
        }

        if (end is not null && duration is not null)
        {
            Conflict(entry, "duration", "'end' and 'duration' cannot both be given", "keep one of them");
            end = duration = null;
        }

        if (ParseInstant(entry, "start", start!, after: null) is not { } startInstant)
        {
            return;
        }

        var startLocal = startInstant.DateTime;
        DateTimeOffset? endInstant = null;
        if (end is not null && ParseEnd(entry, end, startInstant) is { } endAt)
        {
            endInstant = endAt;
        }
        else if (duration is not null && ParseDuration(entry, duration) is { } length)
        {
            // A duration is real time: 2h from 01:30 on a night the clocks go back ends at the second 02:30.
            endInstant = TimeZoneInfo.ConvertTime(startInstant + length, zone);
        }

        if (endInstant is { } e && e <= startInstant)
        {
            var node = end ?? duration!;
            diagnostics.Error(DiagnosticCodes.ScheduleEndBeforeStart, entry.LocationOf(node),
                $"the session '{draft.Name}' ends ({Iso(e.DateTime)}) before or when it starts ({Iso(startLocal)})",
                "check the end time (and its day), or use 'duration: 90m'");
            endInstant = null;
        }

        draft.Time = new ScheduleTime.Timed(startInstant, endInstant, zone);
        draft.TimeNode = start;
        draft.EndNode = endInstant is null ? null : end ?? duration;
    }

    private DateOnly? ParseDay(MapReader entry, DataNode node)
    {
        if (node is DataScalar scalar && ScheduleValues.TryParseDate(scalar.Value, out var date))
        {
            return date;
        }

        diagnostics.Error(DiagnosticCodes.ScheduleInvalidTime, entry.LocationOf(node), $"'day' is not a date: {node.Describe}", "write the date as YYYY-MM-DD, e.g. 2025-11-24");
        return null;
    }

    /// <summary>A local date-time of the zone, with an optional offset that must be one the zone has then.</summary>
    private DateTimeOffset? ParseInstant(MapReader entry, string key, DataNode node, DateTimeOffset? after)
    {
        if (node is not DataScalar scalar)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, entry.LocationOf(node), $"'{key}' must be a date and time, found {node.Describe}", "write e.g. 2025-11-24T10:30");
            return null;
        }

        if (!ScheduleValues.TryParseLocalDateTime(scalar.Value, out var local, out var offset))
        {
            diagnostics.Error(DiagnosticCodes.ScheduleInvalidTime, entry.LocationOf(node), $"'{key}' is not a date and time: '{scalar.Value}'",
                $"write the local time in {zone.Id} as YYYY-MM-DDTHH:MM, e.g. 2025-11-24T10:30 (an offset such as +02:00 may follow; Z may not)");
            return null;
        }

        return InZone(entry, node, local, offset, after);
    }

    /// <summary>
    /// The instant of a local time. A time the clocks skip is an error; one they show twice takes
    /// the written offset, else the first of the two (for an end: the first after the start),
    /// with a warning. A written offset the zone does not have at that time is an error.
    /// </summary>
    private DateTimeOffset? InZone(MapReader entry, DataNode node, DateTime local, TimeSpan? written, DateTimeOffset? after)
    {
        var offsets = ZoneTime.Offsets(local, zone);
        if (offsets.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.ScheduleNonexistentLocalTime, entry.LocationOf(node),
                $"{Iso(local)} does not exist in {zone.Id}: the clocks skip it that night", "pick a time after the change of clocks");
            return null;
        }

        if (written is { } offset)
        {
            if (offsets.Contains(offset))
            {
                return new DateTimeOffset(local, offset);
            }

            diagnostics.Error(DiagnosticCodes.ScheduleInvalidTime, entry.LocationOf(node),
                $"{Iso(local)}{Offset(offset)} is not a time of {zone.Id}: its clocks are at UTC{string.Join(" or UTC", offsets.Select(Offset))} then",
                $"write the local time without offset, or with {string.Join(" or ", offsets.Select(Offset))}");
            return null;
        }

        if (offsets.Count == 1)
        {
            return new DateTimeOffset(local, offsets[0]);
        }

        var chosen = offsets.Select(o => new DateTimeOffset(local, o)).FirstOrDefault(i => after is null || i > after, new DateTimeOffset(local, offsets[0]));
        diagnostics.Warning(DiagnosticCodes.ScheduleAmbiguousLocalTime, entry.LocationOf(node),
            $"{Iso(local)} happens twice in {zone.Id} (the clocks go back that night); the {(after is null ? "first one" : "first one after the start")}, at UTC{Offset(chosen.Offset)}, is used",
            $"write the offset to choose: {Iso(local)}{Offset(offsets[0])} (the first) or {Iso(local)}{Offset(offsets[^1])} (the second)");
        return chosen;
    }

    /// <summary>An end is a full local date-time, or only a time (the same day as the start).</summary>
    private DateTimeOffset? ParseEnd(MapReader entry, DataNode node, DateTimeOffset start)
    {
        if (node is DataScalar scalar && ScheduleValues.TryParseTimeOfDay(scalar.Value, out var time))
        {
            return InZone(entry, node, DateOnly.FromDateTime(start.DateTime).ToDateTime(time), null, start);
        }

        return ParseInstant(entry, "end", node, start);
    }

    private TimeSpan? ParseDuration(MapReader entry, DataNode node)
    {
        if (node is DataScalar scalar && ScheduleValues.TryParseDuration(scalar.Value, out var duration))
        {
            if (duration > TimeSpan.Zero && duration <= ScheduleValues.MaxDuration)
            {
                return duration;
            }

            diagnostics.Error(DiagnosticCodes.ScheduleInvalidTime, entry.LocationOf(node), $"'duration' must be more than 0 and at most 24 hours, found '{scalar.Value}'",
                "for a whole day use day: … with allDay: true; for several days, one item per day");
            return null;
        }

        diagnostics.Error(DiagnosticCodes.ScheduleInvalidTime, entry.LocationOf(node), $"'duration' is not a duration: {node.Describe}", "write hours and minutes with units: 90m, 2h or 1h30");
        return null;
    }

    private void Conflict(MapReader entry, string key, string message, string hint) =>
        diagnostics.Error(DiagnosticCodes.ScheduleConflictingTimeKeys, entry.LocationOfKey(key), message, hint);

    private Reference? ReadReference(MapReader entry, string key)
    {
        var node = entry.Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is DataScalar scalar)
        {
            return new Reference(scalar.Value, scalar);
        }

        diagnostics.Error(DiagnosticCodes.WrongType, entry.LocationOf(node), $"'{key}' must be one {key} id, found {node.Describe}");
        return null;
    }

    /// <summary>A list of person ids; one bare id is refused so that <c>speakers: Ana</c> is not a silent one-item list.</summary>
    private void ReadPeople(MapReader entry, string key, List<Reference> into, SessionDraft draft)
    {
        var node = entry.Node(key);
        if (node is null)
        {
            return;
        }

        if (node is not DataList list)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, entry.LocationOf(node), $"'{key}' must be a list of speaker ids, found {node.Describe}",
                $"write {key}: [{(node is DataScalar s ? s.Value : "ana-lopez")}]");
            return;
        }

        foreach (var item in list.Items)
        {
            if (item is not DataScalar { IsNull: false } scalar)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, entry.LocationOf(item), $"each item of '{key}' must be a speaker id, found {item.Describe}");
                continue;
            }

            if (draft.Speakers.Concat(draft.Guests).FirstOrDefault(r => r.Id == scalar.Value) is { } twice)
            {
                diagnostics.Error(DiagnosticCodes.ScheduleDuplicateId, entry.LocationOf(scalar),
                    $"'{scalar.Value}' is listed twice in the session '{draft.Name}' (also on line {twice.Node.Line})", "list each person once, as a speaker or as a guest");
                continue;
            }

            into.Add(new Reference(scalar.Value, scalar));
        }
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);

    /// <summary>An id written in the file, with its node for the error position.</summary>
    private sealed record Reference(string Id, DataScalar Node);

    /// <summary>A session as read, with the nodes later checks point at.</summary>
    private sealed class SessionDraft
    {
        public required string? Id { get; init; }

        /// <summary>The id, or a stand-in naming the line, for messages.</summary>
        public required string Name { get; init; }

        public required int Index { get; init; }

        public required DataMap Map { get; init; }

        public ScheduleTime? Time { get; set; }

        public DataNode? TimeNode { get; set; }

        public DataNode? EndNode { get; set; }

        public bool Tentative { get; init; }

        public bool ClosedDoor { get; init; }

        public Reference? Room { get; init; }

        public Reference? Track { get; init; }

        public List<Reference> Speakers { get; } = [];

        public List<Reference> Guests { get; } = [];

        public LocalizedText? Title { get; init; }

        public LocalizedText? Description { get; init; }

        /// <summary>Start and end as instants; a session without end is a point at its start.</summary>
        public (DateTimeOffset Start, DateTimeOffset End)? Interval =>
            Time is ScheduleTime.Timed t ? (t.Start, t.End ?? t.Start) : null;
    }
}
