using System.Globalization;

namespace StaticEvent.Rendering.Functions;

/// <summary>
/// Localized date formats by name. Cultures arrive with the Gregorian calendar forced, so Arabic
/// pages show the same dates as the others, with the culture's month names.
/// </summary>
public static class DateFormats
{
    public static string? Format(object? value, string format, CultureInfo culture, TimeZoneInfo zone)
    {
        if (ToOffset(value) is not { } date)
        {
            return null;
        }

        var pattern = format switch
        {
            "long" => culture.DateTimeFormat.LongDatePattern,
            "short" => culture.DateTimeFormat.ShortDatePattern,
            "date" => DayMonthYear(culture),
            "month" => culture.DateTimeFormat.YearMonthPattern,
            "day" => "dddd",
            "time" => culture.DateTimeFormat.ShortTimePattern,
            "datetime" => culture.DateTimeFormat.LongDatePattern + " " + culture.DateTimeFormat.ShortTimePattern,
            _ => format,
        };
        return TimeZoneInfo.ConvertTime(date, zone).ToString(pattern, culture);
    }

    public static string? Iso(object? value) =>
        ToOffset(value)?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string DayMonthYear(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? "d MMMM yyyy" : culture.DateTimeFormat.LongDatePattern.Replace("dddd", string.Empty).Trim(' ', ',', '،');

    private static DateTimeOffset? ToOffset(object? value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified), TimeSpan.Zero),
        _ => null,
    };
}
