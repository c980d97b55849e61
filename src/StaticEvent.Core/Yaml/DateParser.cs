using System.Globalization;

namespace StaticEvent.Yaml;

/// <summary>
/// Parses the date forms site files use. A date or time without an offset is local time in the
/// event's zone, with the offset taken from the zone's rules for that very day (Morocco changes
/// offset during Ramadan; a fixed offset would be wrong part of the year).
/// </summary>
internal static class DateParser
{
    private static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK"];
    private static readonly string[] LocalFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        text = text.Trim();
        if (HasOffset(text) && DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            value = InZone(local, zone);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Attaches the offset the zone has at that local time.</summary>
    public static DateTimeOffset InZone(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 16 && (text[^6] is '+' or '-') && text[^3] == ':');
}
