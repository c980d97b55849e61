namespace StaticEvent.Programme;

/// <summary>How a local wall-clock time maps onto real time in a zone.</summary>
internal enum LocalTimeKind
{
    /// <summary>Exactly one instant has this local time.</summary>
    Valid,

    /// <summary>The clocks jump over it (e.g. 02:00 → 03:00): no instant has it.</summary>
    Skipped,

    /// <summary>The clocks go back over it: two instants have it; the earlier one is used.</summary>
    Ambiguous,
}

/// <summary>
/// Maps local times of the event's zone to offsets from the zone's own rules for that date.
/// We do not trust <c>TimeZoneInfo.IsInvalidTime</c> and <c>IsAmbiguousTime</c>
/// here: tzdata models Morocco's Ramadan change as a negative daylight saving (+01 "standard",
/// +00 during Ramadan) and .NET reports neither the gap nor the overlap of such rules (checked
/// on 2026-02-15 and 2026-03-22). Instead we test each offset the zone uses around that time
/// and keep those that really give back the same local time.
/// </summary>
internal static class ZoneTime
{
    /// <summary>Samples around the local time; no zone moves its clock by more than a few hours at once.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromHours(30);
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);

    public static (LocalTimeKind Kind, TimeSpan Offset) Resolve(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var guess = zone.GetUtcOffset(local);
        if (Maps(local, guess, zone) && !HasOtherOffsetNear(local, guess, zone))
        {
            return (LocalTimeKind.Valid, guess);
        }

        var matches = CandidateOffsets(local, zone).Where(o => Maps(local, o, zone)).OrderDescending().ToList();
        return matches.Count switch
        {
            0 => (LocalTimeKind.Skipped, guess),
            1 => (LocalTimeKind.Valid, matches[0]),

            // The larger offset is the earlier instant: the first time the clock shows this time.
            _ => (LocalTimeKind.Ambiguous, matches[0]),
        };
    }

    /// <summary>Every offset that gives back this local time, earliest instant first: none when skipped, two when the clocks go back.</summary>
    public static IReadOnlyList<TimeSpan> Offsets(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return CandidateOffsets(local, zone).Where(o => Maps(local, o, zone)).OrderDescending().ToList();
    }

    /// <summary>The instant of a local time (the earlier one when ambiguous).</summary>
    public static DateTimeOffset ToOffset(DateTime local, TimeZoneInfo zone)
    {
        var (_, offset) = Resolve(local, zone);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
    }

    private static bool Maps(DateTime local, TimeSpan offset, TimeZoneInfo zone)
    {
        var utc = DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        return zone.GetUtcOffset(utc) == offset;
    }

    /// <summary>
    /// Cheap test for the common case: the same offset a day before and after means no change of
    /// clocks nearby (no zone changes its clocks twice within two days), so only then we sample.
    /// </summary>
    private static bool HasOtherOffsetNear(DateTime local, TimeSpan offset, TimeZoneInfo zone)
    {
        var utc = DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        return zone.GetUtcOffset(utc - Window) != offset || zone.GetUtcOffset(utc + Window) != offset;
    }

    private static HashSet<TimeSpan> CandidateOffsets(DateTime local, TimeZoneInfo zone)
    {
        var offsets = new HashSet<TimeSpan>();
        var center = DateTime.SpecifyKind(local, DateTimeKind.Utc);
        for (var t = center - Window; t <= center + Window; t += Step)
        {
            offsets.Add(zone.GetUtcOffset(t));
        }

        return offsets;
    }
}
