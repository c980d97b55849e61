namespace StaticEvent.Locale;

/// <summary>
/// A locale's CLDR date and time patterns: the four date formats, and the named ones templates
/// use. <see cref="Date"/> is CLDR <c>yMMMMd</c> (or the long format): "24 novembre 2025",
/// "November 24, 2025"; <see cref="Full"/> adds the weekday.
/// </summary>
internal sealed record DatePatterns(
    string Full,
    string Long,
    string Medium,
    string Short,
    string Date,
    string Month,
    string MonthDay,
    string WeekdayDay,
    string Time,
    string DateTime);
