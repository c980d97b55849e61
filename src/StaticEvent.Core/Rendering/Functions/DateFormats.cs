using System.Globalization;
using StaticEvent.Locale;

namespace StaticEvent.Rendering.Functions;

/// <summary>
/// The date formats templates name (<c>format_date value "date"</c>), written from CLDR data by
/// <see cref="LocalDates"/>: the same on every OS, Gregorian, with the language's names and digits.
/// Any other format string is a CLDR pattern.
/// </summary>
internal static class DateFormats
{
    public static string? Format(object? value, string format, LocalDates dates, TimeZoneInfo zone)
    {
        if (InZone(value, zone) is not { } date)
        {
            return null;
        }

        var patterns = dates.Data.Patterns;
        return format switch
        {
            "long" => dates.Full(date),
            "date" => dates.Date(date),
            "short" => dates.Pattern(date, patterns.Short),
            "month" => dates.MonthYear(date),
            "month_day" => dates.Pattern(date, patterns.MonthDay),
            "day" => dates.DayName(date),
            "weekday_day" => dates.Pattern(date, patterns.WeekdayDay),
            "time" => dates.Time(date),
            "datetime" => patterns.DateTime.Replace("{1}", dates.Full(date), StringComparison.Ordinal).Replace("{0}", dates.Time(date), StringComparison.Ordinal),
            _ => dates.Format(date, format),
        };
    }

    /// <summary>Two dates as one range ("23–27 octobre 2026"); null unless both are dates.</summary>
    public static string? Range(object? start, object? end, LocalDates dates, TimeZoneInfo zone, bool withYear = true) =>
        InZone(start, zone) is { } a && InZone(end, zone) is { } b ? dates.Range(a, b, withYear) : null;

    public static string? Iso(object? value) =>
        ToOffset(value)?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// An instant (<see cref="DateTimeOffset"/>, UTC <see cref="DateTime"/>) shown in the event's
    /// zone; a <see cref="DateTime"/> without zone (<c>date.parse "2025-11-24"</c>) is already a
    /// wall-clock time there, so it is not moved (midnight stays on its day west of UTC).
    /// </summary>
    private static DateTimeOffset? InZone(object? value, TimeZoneInfo zone) => value switch
    {
        DateTimeOffset offset => TimeZoneInfo.ConvertTime(offset, zone),
        DateTime { Kind: DateTimeKind.Utc } utc => TimeZoneInfo.ConvertTime(new DateTimeOffset(utc), zone),
        DateTime local => new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero),
        _ => null,
    };

    private static DateTimeOffset? ToOffset(object? value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified), TimeSpan.Zero),
        _ => null,
    };
}
