using System.Globalization;
using StaticEvent.Diagnostics;
using StaticEvent.Yaml;

namespace StaticEvent.Schedule;

/// <summary>Reading <c>sessions:</c> and their times.</summary>
internal sealed partial class ScheduleReader
{
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
            foreach (var key in new[] { "end", "duration" }.Where(k => entry.Map[k] is not null))
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

        if (ParseLocal(entry, "start", start!) is not { } startLocal)
        {
            return;
        }

        var startInstant = ZoneTime.ToOffset(startLocal, zone);
        DateTimeOffset? endInstant = null;
        if (end is not null && ParseEnd(entry, end, startLocal) is { } endLocal)
        {
            endInstant = ZoneTime.ToOffset(endLocal, zone);
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

    private DateTime? ParseLocal(MapReader entry, string key, DataNode node)
    {
        if (node is not DataScalar scalar)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, entry.LocationOf(node), $"'{key}' must be a date and time, found {node.Describe}", "write e.g. 2025-11-24T10:30");
            return null;
        }

        if (!ScheduleValues.TryParseLocalDateTime(scalar.Value, out var local, out var hasOffset))
        {
            var message = hasOffset
                ? $"'{key}' must be a local time without an offset, found '{scalar.Value}': the offset comes from {zone.Id} for that date"
                : $"'{key}' is not a date and time: '{scalar.Value}'";
            diagnostics.Error(DiagnosticCodes.ScheduleInvalidTime, entry.LocationOf(node), message, $"write the local time in {zone.Id} as YYYY-MM-DDTHH:MM, e.g. 2025-11-24T10:30");
            return null;
        }

        return CheckLocalTime(entry, node, local) ? local : null;
    }

    /// <summary>Reports a local time the clocks skip (error) or show twice (warning: the first is used).</summary>
    private bool CheckLocalTime(MapReader entry, DataNode node, DateTime local)
    {
        var (kind, offset) = ZoneTime.Resolve(local, zone);
        if (kind == LocalTimeKind.Skipped)
        {
            diagnostics.Error(DiagnosticCodes.ScheduleNonexistentLocalTime, entry.LocationOf(node),
                $"{Iso(local)} does not exist in {zone.Id}: the clocks skip it that night", "pick a time after the change of clocks");
            return false;
        }

        if (kind == LocalTimeKind.Ambiguous)
        {
            diagnostics.Warning(DiagnosticCodes.ScheduleAmbiguousLocalTime, entry.LocationOf(node),
                $"{Iso(local)} happens twice in {zone.Id} (the clocks go back that night); the first one, at UTC{Offset(offset)}, is used",
                "pick a time outside the change of clocks");
        }

        return true;
    }

    /// <summary>An end is a full local date-time, or only a time (the same day as the start).</summary>
    private DateTime? ParseEnd(MapReader entry, DataNode node, DateTime start)
    {
        if (node is DataScalar scalar && ScheduleValues.TryParseTimeOfDay(scalar.Value, out var time))
        {
            var local = DateOnly.FromDateTime(start).ToDateTime(time);
            return CheckLocalTime(entry, node, local) ? local : null;
        }

        return ParseLocal(entry, "end", node);
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
