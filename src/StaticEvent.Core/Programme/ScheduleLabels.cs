namespace StaticEvent.Programme;

/// <summary>
/// The few words exports add to a session (calendar apps show no theme, so these notes are the
/// only place a subscriber learns that a time is not confirmed). A site takes them from its
/// interface strings (<c>export.*</c>), so each export speaks its own language.
/// </summary>
internal sealed record ScheduleLabels(
    string TimeToBeConfirmed,
    string EndNotAnnounced,
    string Tentative,
    string ClosedDoor,
    string Speakers,
    string Guests)
{
    /// <summary>The interface-string keys of the labels, in the order of the record's members.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["export.time_tbc", "export.end_not_announced", "export.tentative", "export.closed_door", "export.speakers", "export.guests"];

    /// <summary>For exports made without a site's strings (a library caller, a test).</summary>
    public static readonly ScheduleLabels English = new("Time to be confirmed", "End time not announced", "Tentative", "Closed-door session", "Speakers:", "In attendance:");

    /// <summary>The labels from a language's interface strings; a key with no text keeps the English word.</summary>
    public static ScheduleLabels From(Func<string, string?> text)
    {
        string Get(int index, string english) => text(Keys[index]) ?? english;
        return new(Get(0, English.TimeToBeConfirmed), Get(1, English.EndNotAnnounced), Get(2, English.Tentative),
            Get(3, English.ClosedDoor), Get(4, English.Speakers), Get(5, English.Guests));
    }
}
