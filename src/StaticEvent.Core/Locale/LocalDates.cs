using System.Globalization;
using System.Text;

namespace StaticEvent.Locale;

/// <summary>
/// Writes dates and times with CLDR patterns, the Gregorian calendar, and one locale's names
/// and digits, the same on every OS (no ICU or NLS involved). Values are wall-clock times
/// already in the event's zone. The pattern letters used by CLDR's Gregorian formats are
/// supported: G y M L d E c a b B h H K k m s S, quoted literals; zone letters (z O v V X x Z)
/// write the value's UTC offset.
/// </summary>
internal sealed class LocalDates
{
    public LocalDates(LocaleData data, DigitStyle digits = DigitStyle.Default)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
        Numbers = data.Numbers(digits);
    }

    public LocaleData Data { get; }

    /// <summary>The digits dates are written with.</summary>
    public NumberingSystem Numbers { get; }

    public static LocalDates For(string tag, DigitStyle digits = DigitStyle.Default) => new(LocaleData.For(tag), digits);

    /// <summary>Day, month and year: "24 novembre 2025", en-US "November 24, 2025", ja "2025年11月24日".</summary>
    public string Date(DateTimeOffset value) => Pattern(value, Data.Patterns.Date);

    /// <summary>With the weekday (CLDR full date): "lundi 24 novembre 2025", en-US "Monday, November 24, 2025".</summary>
    public string Full(DateTimeOffset value) => Pattern(value, Data.Patterns.Full);

    /// <summary>The weekday's name: "lundi", "Monday", "月曜日".</summary>
    public string DayName(DateTimeOffset value) => Data.Days[(int)value.DayOfWeek];

    /// <summary>Month and year: "novembre 2025", ru "ноябрь 2025 г." (stand-alone name where CLDR says).</summary>
    public string MonthYear(DateTimeOffset value) => Pattern(value, Data.Patterns.Month);

    /// <summary>CLDR's short time: "10:30", en-US "10:30 AM" (with a narrow no-break space).</summary>
    public string Time(DateTimeOffset value) => Pattern(value, Data.Patterns.Time);

    /// <summary>
    /// Two dates as one range with CLDR's interval patterns: en-US "October 23–27, 2026" (same
    /// month), "October 30 – November 2, 2026" (same year), fr "23–27 octobre 2026". The same day
    /// gives one date; an end before the start is swapped. Times of day are ignored.
    /// </summary>
    public string Range(DateTimeOffset start, DateTimeOffset end, bool withYear = true)
    {
        var (a, b) = start.Date <= end.Date ? (start, end) : (end, start);
        var single = withYear ? Data.Patterns.Date : Data.Patterns.MonthDay;
        if (a.Date == b.Date)
        {
            return Pattern(a, single);
        }

        var field = a.Year != b.Year ? 'y' : a.Month != b.Month ? 'M' : 'd';
        var patterns = withYear ? Data.DateRange : Data.MonthDayRange;
        var (first, second) = DatePattern.Parse(patterns.For(field)).SplitInterval();
        var builder = new StringBuilder();
        Append(builder, a, first);
        Append(builder, b, second);
        return builder.ToString();
    }

    /// <summary>
    /// A CLDR pattern ("d MMMM y", "yyyy-MM", "EEEE"). For templates written for .NET, "%d"
    /// (one field alone), "dddd"/"ddd" (weekday) and "tt" (AM/PM) mean what they meant there.
    /// </summary>
    public string Format(DateTimeOffset value, string pattern) => Pattern(value, FromDotNet(pattern));

    /// <summary>A CLDR pattern as it is (the named formats: no .NET forms to translate).</summary>
    public string Pattern(DateTimeOffset value, string pattern)
    {
        var builder = new StringBuilder(pattern.Length * 2);
        Append(builder, value, DatePattern.Parse(pattern).Tokens);
        return builder.ToString();
    }

    private static string FromDotNet(string pattern)
    {
        if (pattern.Length == 2 && pattern[0] == '%')
        {
            pattern = pattern[1..];
        }

        return pattern.Contains("ddd", StringComparison.Ordinal) || pattern.Contains("tt", StringComparison.Ordinal)
            ? pattern.Replace("dddd", "EEEE", StringComparison.Ordinal).Replace("ddd", "EEE", StringComparison.Ordinal).Replace("tt", "a", StringComparison.Ordinal)
            : pattern;
    }

    private void Append(StringBuilder builder, DateTimeOffset value, IReadOnlyList<DatePattern.Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Field is not { } field)
            {
                builder.Append(token.Text);
                continue;
            }

            var count = token.Count;
            switch (field)
            {
                case 'G':
                    builder.Append(Data.Era);
                    break;
                case 'y' or 'Y' or 'u':
                    Number(builder, count == 2 ? value.Year % 100 : value.Year, count == 2 ? 2 : count);
                    break;
                case 'M' or 'L':
                    Month(builder, value.Month, count, standalone: field == 'L');
                    break;
                case 'd':
                    Number(builder, value.Day, count);
                    break;
                case 'D':
                    Number(builder, value.DayOfYear, count);
                    break;
                case 'E':
                    Weekday(builder, value.DayOfWeek, count);
                    break;
                case 'c' or 'e':
                    if (count <= 2)
                    {
                        Number(builder, ((int)value.DayOfWeek) + 1, count);
                    }
                    else
                    {
                        Weekday(builder, value.DayOfWeek, count);
                    }

                    break;
                case 'a' or 'b':
                    builder.Append(value.Hour < 12 ? Data.Am : Data.Pm);
                    break;
                case 'B':
                    builder.Append(Period(value));
                    break;
                case 'h':
                    Number(builder, value.Hour % 12 == 0 ? 12 : value.Hour % 12, count);
                    break;
                case 'H':
                    Number(builder, value.Hour, count);
                    break;
                case 'K':
                    Number(builder, value.Hour % 12, count);
                    break;
                case 'k':
                    Number(builder, value.Hour == 0 ? 24 : value.Hour, count);
                    break;
                case 'm':
                    Number(builder, value.Minute, count);
                    break;
                case 's':
                    Number(builder, value.Second, count);
                    break;
                case 'S':
                    var fraction = (value.Ticks % TimeSpan.TicksPerSecond).ToString("0000000", CultureInfo.InvariantCulture);
                    builder.Append(Numbers.Transliterate(count <= 7 ? fraction[..count] : fraction.PadRight(count, '0')));
                    break;
                case 'z' or 'O' or 'v' or 'V' or 'X' or 'x' or 'Z':
                    builder.Append(Offset(value.Offset, field is 'z' or 'O' or 'v' or 'V'));
                    break;
                default:
                    builder.Append(field, count);
                    break;
            }
        }
    }

    private void Number(StringBuilder builder, int number, int minimumDigits) =>
        builder.Append(Numbers.Transliterate(number.ToString(CultureInfo.InvariantCulture).PadLeft(minimumDigits, '0')));

    private void Month(StringBuilder builder, int month, int count, bool standalone)
    {
        switch (count)
        {
            case <= 2:
                Number(builder, month, count);
                break;
            case 3:
                builder.Append(Data.MonthsAbbreviated[month - 1]);
                break;
            case 4:
                builder.Append((standalone ? Data.MonthsStandalone : Data.Months)[month - 1]);
                break;
            default:
                builder.Append(Narrow((standalone ? Data.MonthsStandalone : Data.Months)[month - 1]));
                break;
        }
    }

    private void Weekday(StringBuilder builder, DayOfWeek day, int count) =>
        builder.Append(count switch
        {
            <= 3 => Data.DaysAbbreviated[(int)day],
            4 => Data.Days[(int)day],
            _ => Narrow(Data.Days[(int)day]),
        });

    // No narrow names in the data: the first letter stands in (CLDR's narrow forms mostly are).
    private static string Narrow(string name) => name.Length == 0 ? name : char.IsSurrogate(name[0]) && name.Length > 1 ? name[..2] : name[..1];

    private string Period(DateTimeOffset value)
    {
        var minute = (value.Hour * 60) + value.Minute;
        foreach (var period in Data.FlexiblePeriods)
        {
            if (period.Contains(minute))
            {
                return period.Name;
            }
        }

        return value.Hour < 12 ? Data.Am : Data.Pm;
    }

    private string Offset(TimeSpan offset, bool withUtc)
    {
        var text = (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        return Numbers.Transliterate(withUtc ? "UTC" + text : text);
    }
}
