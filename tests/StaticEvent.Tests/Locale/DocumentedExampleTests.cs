using StaticEvent.Locale;
using StaticEvent.Rendering.Functions;

namespace StaticEvent.Tests.Locale;

/// <summary>The examples of docs/themes.md ("Date formats and ranges"), run (spaces compared loosely: CLDR's thin and narrow no-break spaces are shown as spaces there).</summary>
public sealed class DocumentedExampleTests
{
    private static readonly DateTimeOffset Monday = new(2025, 11, 24, 10, 30, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("date", "fr", "24 novembre 2025")]
    [InlineData("date", "en-GB", "24 November 2025")]
    [InlineData("date", "en-US", "November 24, 2025")]
    [InlineData("date", "de", "24. November 2025")]
    [InlineData("date", "ja", "2025年11月24日")]
    [InlineData("date", "ar-MA", "24 نونبر 2025")]
    [InlineData("date", "fa", "۲۴ نوامبر ۲۰۲۵")]
    [InlineData("long", "fr", "lundi 24 novembre 2025")]
    [InlineData("long", "en-GB", "Monday, 24 November 2025")]
    [InlineData("long", "en-US", "Monday, November 24, 2025")]
    [InlineData("long", "de", "Montag, 24. November 2025")]
    [InlineData("long", "ja", "2025年11月24日月曜日")]
    [InlineData("long", "ar-MA", "الاثنين، 24 نونبر 2025")]
    [InlineData("long", "fa", "دوشنبه ۲۴ نوامبر ۲۰۲۵")]
    [InlineData("short", "fr", "24/11/2025")]
    [InlineData("short", "en-GB", "24/11/2025")]
    [InlineData("short", "en-US", "11/24/25")]
    [InlineData("short", "de", "24.11.25")]
    [InlineData("short", "ja", "2025/11/24")]
    [InlineData("short", "ar-MA", "24/11/2025")]
    [InlineData("short", "fa", "۲۰۲۵/۱۱/۲۴")]
    [InlineData("month", "fr", "novembre 2025")]
    [InlineData("month", "en-GB", "November 2025")]
    [InlineData("month", "en-US", "November 2025")]
    [InlineData("month", "de", "November 2025")]
    [InlineData("month", "ja", "2025年11月")]
    [InlineData("month", "ar-MA", "نونبر 2025")]
    [InlineData("month", "fa", "نوامبر ۲۰۲۵")]
    [InlineData("month_day", "fr", "24 novembre")]
    [InlineData("month_day", "en-GB", "24 November")]
    [InlineData("month_day", "en-US", "November 24")]
    [InlineData("month_day", "de", "24. November")]
    [InlineData("month_day", "ja", "11月24日")]
    [InlineData("month_day", "ar-MA", "24 نونبر")]
    [InlineData("month_day", "fa", "۲۴ نوامبر")]
    [InlineData("day", "fr", "lundi")]
    [InlineData("day", "en-GB", "Monday")]
    [InlineData("day", "en-US", "Monday")]
    [InlineData("day", "de", "Montag")]
    [InlineData("day", "ja", "月曜日")]
    [InlineData("day", "ar-MA", "الاثنين")]
    [InlineData("day", "fa", "دوشنبه")]
    [InlineData("weekday_day", "fr", "lundi 24")]
    [InlineData("weekday_day", "en-GB", "Monday 24")]
    [InlineData("weekday_day", "en-US", "24 Monday")]
    [InlineData("weekday_day", "de", "Montag, 24.")]
    [InlineData("weekday_day", "ja", "24日(月曜日)")]
    [InlineData("weekday_day", "ar-MA", "الاثنين، 24")]
    [InlineData("weekday_day", "fa", "دوشنبه ۲۴")]
    [InlineData("time", "fr", "10:30")]
    [InlineData("time", "en-GB", "10:30")]
    [InlineData("time", "en-US", "10:30 AM")]
    [InlineData("time", "de", "10:30")]
    [InlineData("time", "ja", "10:30")]
    [InlineData("time", "ar-MA", "10:30")]
    [InlineData("time", "fa", "۱۰:۳۰")]
    [InlineData("datetime", "fr", "lundi 24 novembre 2025, 10:30")]
    public void FormatTable(string format, string tag, string expected)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");
        Assert.Equal(expected, Loose(DateFormats.Format(Monday, format, LocalDates.For(tag), zone)!));
    }

    [Theory]
    [InlineData("fr", "23–27 octobre 2026", "30 octobre – 2 novembre 2026", "30 décembre 2026 – 2 janvier 2027")]
    [InlineData("en-GB", "23–27 October 2026", "30 October – 2 November 2026", "30 December 2026 – 2 January 2027")]
    [InlineData("en-US", "October 23 – 27, 2026", "October 30 – November 2, 2026", "December 30, 2026 – January 2, 2027")]
    [InlineData("de", "23.–27. Oktober 2026", "30. Oktober – 2. November 2026", "30. Dezember 2026 – 2. Januar 2027")]
    [InlineData("es", "23–27 de octubre de 2026", "30 de octubre – 2 de noviembre de 2026", "30 de diciembre de 2026 – 2 de enero de 2027")]
    [InlineData("pt-BR", "23 – 27 de outubro de 2026", "30 de outubro – 2 de novembro de 2026", "30 de dezembro de 2026 – 2 de janeiro de 2027")]
    [InlineData("ja", "2026年10月23日～27日", "2026年10月30日～11月2日", "2026年12月30日～2027年1月2日")]
    [InlineData("zh-Hans", "2026年10月23日至27日", "2026年10月30日至11月2日", "2026年12月30日至2027年1月2日")]
    [InlineData("ar", "23–27 أكتوبر 2026", "30 أكتوبر – 2 نوفمبر 2026", "30 ديسمبر 2026 – 2 يناير 2027")]
    [InlineData("fa", "۲۳ تا ۲۷ اکتبر ۲۰۲۶", "۳۰ اکتبر تا ۲ نوامبر ۲۰۲۶", "۳۰ دسامبر ۲۰۲۶ تا ۲ ژانویهٔ ۲۰۲۷")]
    public void RangeTable(string tag, string sameMonth, string sameYear, string differentYears)
    {
        var dates = LocalDates.For(tag);
        Assert.Equal(sameMonth, Loose(dates.Range(Day(2026, 10, 23), Day(2026, 10, 27))));
        Assert.Equal(sameYear, Loose(dates.Range(Day(2026, 10, 30), Day(2026, 11, 2))));
        Assert.Equal(differentYears, Loose(dates.Range(Day(2026, 12, 30), Day(2027, 1, 2))));
    }

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    private static string Loose(string text) => text.Replace('\u2009', ' ').Replace('\u202F', ' ').Replace("\u200F", string.Empty, StringComparison.Ordinal);
}
