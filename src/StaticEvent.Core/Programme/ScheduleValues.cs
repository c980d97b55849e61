using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticEvent.Programme;

/// <summary>
/// The small value syntaxes of the schedule files: ids, local dates and times, durations,
/// colours. Culture-free and exact: <c>03/05/2026</c> is refused rather than guessed.
/// </summary>
internal static partial class ScheduleValues
{
    public const int MaxIdLength = 64;

    /// <summary>Longer than a day is a series of days, not one session.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(24);

    private static readonly string[] LocalDateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    /// <summary>
    /// Ids become URL segments and file names (<c>…/sessions/opening-ceremony/</c>), and c3voc slugs
    /// and track slugs need a leading letter: lowercase ASCII letters, digits and single hyphens.
    /// </summary>
    public static bool IsValidId(string id) => id.Length <= MaxIdLength && IdPattern().IsMatch(id);

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// A local date-time, optionally followed by its UTC offset (<c>2026-10-25T02:30+02:00</c>),
    /// which only says which of two equal local times is meant when the clocks go back; the
    /// reader checks it against the zone. <c>Z</c> is refused: it names UTC, not the venue's clock.
    /// </summary>
    public static bool TryParseLocalDateTime(string text, out DateTime value, out TimeSpan? offset)
    {
        text = text.Trim();
        value = default;
        offset = null;
        var suffix = OffsetSuffix().Match(text);
        if (suffix.Success)
        {
            if (suffix.Value == "Z" || !TryParseOffset(suffix.Value, out var parsedOffset))
            {
                return false;
            }

            offset = parsedOffset;
            text = text[..suffix.Index];
        }

        if (!DateTime.TryParseExact(text, LocalDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            offset = null;
            return false;
        }

        value = DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = default;
        var digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 4 || !int.TryParse(digits[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(digits[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || hours > 14 || minutes >= 60)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    public static bool TryParseTimeOfDay(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>
    /// <c>90m</c>, <c>1h</c>, <c>1h30</c> or <c>1h30m</c>: hours and minutes, nothing else, so a bare
    /// <c>90</c> (minutes? hours?) is refused rather than guessed.
    /// </summary>
    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        var match = DurationPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["h"].Success && match.Groups["m"].Success && minutes >= 60)
        {
            return false;
        }

        duration = TimeSpan.FromMinutes((hours * 60) + minutes);
        return true;
    }

    /// <summary>The exact form the c3voc XML schema accepts for colours.</summary>
    public static bool IsColor(string text) => ColorPattern().IsMatch(text);

    /// <summary>c3voc's JSON schema pattern for a conference acronym.</summary>
    public static bool IsAcronym(string text) => AcronymPattern().IsMatch(text);

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("(Z|[+-][0-9]{2}:?[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetSuffix();

    [GeneratedRegex("^(?:(?<h>[0-9]{1,2})h(?:(?<m>[0-9]{1,2})m?)?|(?<m>[0-9]{1,4})m)$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex ColorPattern();

    [GeneratedRegex("^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymPattern();
}
