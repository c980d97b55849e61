namespace StaticEvent.Schedule;

/// <summary>
/// The few words exports add to a session (calendar apps show no theme, so these notes are the
/// only place a subscriber learns that a time is not confirmed). Built in for the four INTERPOL
/// languages; other languages get English unless the caller passes its own.
/// </summary>
public sealed record ScheduleLabels(
    string TimeToBeConfirmed,
    string EndNotAnnounced,
    string Tentative,
    string ClosedDoor,
    string Speakers,
    string Guests)
{
    public static readonly ScheduleLabels English = new("Time to be confirmed", "End time not announced", "Tentative", "Closed-door session", "Speakers:", "In attendance:");

    private static readonly Dictionary<string, ScheduleLabels> BuiltIn = new(StringComparer.Ordinal)
    {
        ["en"] = English,
        ["fr"] = new("Heure à confirmer", "Heure de fin non communiquée", "Provisoire", "Séance à huis clos", "Intervenants\u202F:", "En présence de\u202F:"),
        ["ar"] = new("الوقت سيُحدَّد لاحقاً", "لم يُعلَن وقت الانتهاء", "غير نهائي", "جلسة مغلقة", "المتحدثون:", "بحضور:"),
        ["es"] = new("Hora por confirmar", "Hora de finalización no anunciada", "Provisional", "Sesión a puerta cerrada", "Intervienen:", "Con la presencia de:"),
    };

    /// <summary>The labels for a language code (<c>fr</c>, <c>ar</c>, …), English when unknown.</summary>
    public static ScheduleLabels For(string language) =>
        BuiltIn.TryGetValue(language, out var labels) ? labels : BuiltIn.GetValueOrDefault(language.Split('-')[0], English);
}
