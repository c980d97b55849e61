using System.Globalization;
using StaticEvent.Diagnostics;

namespace StaticEvent.Programme;

/// <summary>Checks across sessions (references, event dates, clashes) and building the model.</summary>
internal sealed partial class ScheduleReader
{
    private void ResolveReferences()
    {
        foreach (var session in _sessions)
        {
            CheckReference(session.Room, _rooms.Keys, "room", "rooms: in " + SchedulePath);
            CheckReference(session.Track, _tracks.Keys, "track", "tracks: in " + SchedulePath);
            foreach (var person in session.Speakers.Concat(session.Guests))
            {
                CheckReference(person, _speakers.Keys, "speaker", _speakersFileExists ? SpeakersPath : SpeakersPath + " (the file does not exist yet)");
            }
        }
    }

    private void CheckReference(Reference? reference, IEnumerable<string> known, string what, string where)
    {
        // 'known' is a dictionary's key collection: Contains without a comparer is a hash lookup.
        if (reference is null || known.Contains(reference.Id))
        {
            return;
        }

        var closest = known.Select(k => (Id: k, Distance: EditDistance(k, reference.Id)))
            .Where(c => c.Distance <= Math.Max(2, reference.Id.Length / 4))
            .OrderBy(c => c.Distance).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => c.Id).FirstOrDefault();
        var hint = closest is null ? $"add a {what} with this id to {where}, or fix the id" : $"did you mean '{closest}'?";
        diagnostics.Error(DiagnosticCodes.ScheduleUnknownReference, new SourceLocation(SchedulePath, reference.Node.Line, reference.Node.Column),
            $"unknown {what} '{reference.Id}'", hint);
    }

    private void CheckEventDates(EventInfo @event)
    {
        foreach (var session in _sessions)
        {
            if (session.Time is null)
            {
                continue;
            }

            var first = session.Time.Date;
            if (!@event.Contains(first))
            {
                OutsideEvent(@event, session, session.TimeNode!, first);
            }
            else if (session.Time is ScheduleTime.Timed { End: { } end } && !@event.Contains(DateOnly.FromDateTime(end.DateTime)))
            {
                OutsideEvent(@event, session, session.EndNode!, DateOnly.FromDateTime(end.DateTime));
            }
        }
    }

    private void OutsideEvent(EventInfo @event, SessionDraft session, Yaml.DataNode node, DateOnly date) =>
        diagnostics.Error(DiagnosticCodes.ScheduleOutsideEvent, new SourceLocation(SchedulePath, node.Line, node.Column),
            $"the session '{session.Name}' is on {Iso(date)}, outside the event ({Iso(@event.Start)} to {Iso(@event.End)})",
            "fix the date, or the event's 'start' and 'end'");

    /// <summary>Timed sessions of one room must not overlap; all-day and to-be-confirmed items are not compared.</summary>
    private void CheckRoomOverlaps()
    {
        foreach (var room in _sessions.Where(s => s.Room is not null && s.Interval is not null).GroupBy(s => s.Room!.Id, StringComparer.Ordinal))
        {
            foreach (var (earlier, later) in Overlaps(room))
            {
                diagnostics.Error(DiagnosticCodes.ScheduleRoomOverlap, new SourceLocation(SchedulePath, later.TimeNode!.Line, later.TimeNode.Column),
                    $"the session '{later.Name}' ({Span(later)}) overlaps '{earlier.Name}' ({Span(earlier)}, line {earlier.Map.Line}) in the room '{room.Key}'",
                    "move one of them, shorten it, or give it another room");
            }
        }
    }

    /// <summary>Nobody can be in two places at once, whether speaking or listed as present.</summary>
    private void CheckPersonOverlaps()
    {
        var byPerson = _sessions.Where(s => s.Interval is not null)
            .SelectMany(s => s.Speakers.Concat(s.Guests).Select(r => (Person: r, Session: s)))
            .GroupBy(x => x.Person.Id, StringComparer.Ordinal);
        foreach (var person in byPerson)
        {
            var references = person.ToDictionary(x => x.Session, x => x.Person.Node);
            foreach (var (earlier, later) in Overlaps(person.Select(x => x.Session)))
            {
                var node = references[later];
                diagnostics.Error(DiagnosticCodes.SchedulePersonOverlap, new SourceLocation(SchedulePath, node.Line, node.Column),
                    $"'{person.Key}' is in '{later.Name}' ({Span(later)}) and in '{earlier.Name}' ({Span(earlier)}, line {earlier.Map.Line}) at the same time",
                    "move one of the sessions, or remove the person from one");
            }
        }
    }

    /// <summary>
    /// Pairs that overlap in real time, the later one second. A session without an end is a point:
    /// it clashes with a session running at its start, or one starting at the same moment.
    /// A sweep over sessions sorted by start keeps this near-linear for thousands of sessions.
    /// </summary>
    private static IEnumerable<(SessionDraft Earlier, SessionDraft Later)> Overlaps(IEnumerable<SessionDraft> sessions)
    {
        var active = new List<SessionDraft>();
        foreach (var session in sessions.OrderBy(s => s.Interval!.Value.Start).ThenBy(s => s.Index))
        {
            var (start, end) = session.Interval!.Value;
            active.RemoveAll(a => a.Interval!.Value.End <= start && a.Interval.Value.Start != start);
            foreach (var other in active)
            {
                var (otherStart, otherEnd) = other.Interval!.Value;
                if ((start < otherEnd && otherStart < end) || start == otherStart)
                {
                    yield return (other, session);
                }
            }

            active.Add(session);
        }
    }

    private static string Span(SessionDraft session)
    {
        var timed = (ScheduleTime.Timed)session.Time!;
        var start = timed.Start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return timed.End is { } end ? $"{start}–{end.ToString(end.Date == timed.Start.Date ? "HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}" : $"{start}, no end given";
    }

    private EventSchedule Build(EventInfo @event)
    {
        var sessions = _sessions
            .Where(s => s.Id is not null && s.Time is not null && s.Title is not null)
            .OrderBy(s => s.Time!.Date)
            .ThenBy(s => s.Time switch { ScheduleTime.AllDay => 0, ScheduleTime.Timed => 1, _ => 2 })
            .ThenBy(s => s.Interval?.Start ?? DateTimeOffset.MinValue)
            .ThenBy(s => s.Index)
            .Select(s => new Session
            {
                Id = s.Id!,
                Time = s.Time!,
                Tentative = s.Tentative,
                ClosedDoor = s.ClosedDoor,
                Room = s.Room is null ? null : _rooms[s.Room.Id],
                Track = s.Track is null ? null : _tracks[s.Track.Id],
                Speakers = s.Speakers.Select(r => _speakers[r.Id]).ToList(),
                Guests = s.Guests.Select(r => _speakers[r.Id]).ToList(),
                Title = s.Title!,
                Description = s.Description,
                Location = new SourceLocation(SchedulePath, s.Map.Line, s.Map.Column),
            })
            .ToList();

        return new EventSchedule(@event, zone, languages, defaultLanguage, [.. _rooms.Values.OrderBy(r => r.Location.Line)], [.. _tracks.Values.OrderBy(t => t.Location.Line)], [.. _speakers.Values.OrderBy(p => p.Location.Line)], sessions);
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
