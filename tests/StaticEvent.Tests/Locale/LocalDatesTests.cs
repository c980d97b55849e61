using StaticEvent.Locale;

namespace StaticEvent.Tests.Locale;

/// <summary>
/// Expected strings are read off CLDR 47 (cldr-json ca-gregorian.json: dateFormats,
/// availableFormats yMMMMd, intervalFormats yMMMd/yMMMMd), with MMM widened to MMMM where CLDR
/// has only the abbreviated interval. CLDR puts thin spaces (U+2009) around the en dash of most
/// ranges across months, and often inside one month too (en-US, pt).
/// </summary>
public sealed class LocalDatesTests
{
    private const string Thin = "\u2009";

    private static readonly DateTimeOffset Nov24 = new(2025, 11, 24, 10, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Oct23 = Day(2026, 10, 23);
    private static readonly DateTimeOffset Oct27 = Day(2026, 10, 27);
    private static readonly DateTimeOffset Oct30 = Day(2026, 10, 30);
    private static readonly DateTimeOffset Nov2 = Day(2026, 11, 2);
    private static readonly DateTimeOffset Dec30 = Day(2026, 12, 30);
    private static readonly DateTimeOffset Jan2 = Day(2027, 1, 2);

    [Theory]
    [InlineData("fr", "24 novembre 2025")]
    [InlineData("en-GB", "24 November 2025")]
    [InlineData("en-US", "November 24, 2025")]
    [InlineData("en", "November 24, 2025")]
    [InlineData("en-AU", "24 November 2025")]
    [InlineData("de", "24. November 2025")]
    [InlineData("de-AT", "24. November 2025")]
    [InlineData("ja", "2025年11月24日")]
    [InlineData("zh-Hans", "2025年11月24日")]
    [InlineData("es", "24 de noviembre de 2025")]
    [InlineData("pt-BR", "24 de novembro de 2025")]
    [InlineData("pt-PT", "24 de novembro de 2025")]
    [InlineData("ar-MA", "24 نونبر 2025")]
    [InlineData("ar", "24 نوفمبر 2025")]
    [InlineData("ar-EG", "٢٤ نوفمبر ٢٠٢٥")]
    [InlineData("fa", "۲۴ نوامبر ۲۰۲۵")]
    [InlineData("ru", "24 ноября 2025\u202fг.")]
    [InlineData("he", "24 בנובמבר 2025")]
    public void DateIsDayMonthYearWithoutWeekday(string tag, string expected)
    {
        Assert.Equal(expected, LocalDates.For(tag).Date(Nov24));
    }

    [Theory]
    [InlineData("fr", "lundi 24 novembre 2025")]
    [InlineData("en-US", "Monday, November 24, 2025")]
    [InlineData("en-GB", "Monday, 24 November 2025")]
    [InlineData("de", "Montag, 24. November 2025")]
    [InlineData("ja", "2025年11月24日月曜日")]
    [InlineData("es", "lunes, 24 de noviembre de 2025")]
    [InlineData("ar-MA", "الاثنين، 24 نونبر 2025")]
    [InlineData("th", "วันจันทร์ที่ 24 พฤศจิกายน ค.ศ. 2025")]
    public void FullDateHasTheWeekday(string tag, string expected)
    {
        Assert.Equal(expected, LocalDates.For(tag).Full(Nov24));
    }

    [Theory]
    [InlineData("fr", "10:30")]
    [InlineData("en-GB", "10:30")]
    [InlineData("en-US", "10:30\u202fAM")]
    [InlineData("ja", "10:30")]
    [InlineData("ar-MA", "10:30")]
    [InlineData("ar", "10:30 ص")]
    [InlineData("fa", "۱۰:۳۰")]
    [InlineData("fr-CA", "10 h 30")]
    [InlineData("fi", "10.30")]
    [InlineData("zh-Hant", "上午10:30")]
    public void TimeIsCldrShortTime(string tag, string expected)
    {
        Assert.Equal(expected, LocalDates.For(tag).Time(Nov24));
    }

    [Fact]
    public void FlexibleDayPeriodFollowsCldrRules()
    {
        // zh-Hant "Bh:mm": 19:00–24:00 is 晚上 (evening), not 下午 as AM/PM would say.
        Assert.Equal("晚上8:15", LocalDates.For("zh-Hant").Time(new DateTimeOffset(2025, 11, 24, 20, 15, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("fr", "lundi", "novembre 2025")]
    [InlineData("en-US", "Monday", "November 2025")]
    [InlineData("ru", "понедельник", "ноябрь 2025\u202fг.")]
    [InlineData("ja", "月曜日", "2025年11月")]
    [InlineData("ar-MA", "الاثنين", "نونبر 2025")]
    public void DayNameAndMonthYear(string tag, string day, string month)
    {
        var dates = LocalDates.For(tag);
        Assert.Equal(day, dates.DayName(Nov24));
        Assert.Equal(month, dates.MonthYear(Nov24));
    }

    [Theory]
    [InlineData("ja", "2026年10月23日～27日")]
    [InlineData("en-US", "October 23" + Thin + "–" + Thin + "27, 2026")]
    [InlineData("en-GB", "23–27 October 2026")]
    [InlineData("de", "23.–27. Oktober 2026")]
    [InlineData("pt-BR", "23" + Thin + "–" + Thin + "27 de outubro de 2026")]
    [InlineData("pt-PT", "23–27 de outubro de 2026")]
    [InlineData("fr", "23–27 octobre 2026")]
    [InlineData("es", "23–27 de octubre de 2026")]
    [InlineData("zh-Hans", "2026年10月23日至27日")]
    [InlineData("ar", "23–27 أكتوبر 2026")]
    [InlineData("ar-EG", "٢٣–٢٧ أكتوبر ٢٠٢٦")]
    [InlineData("fa", "۲۳ تا ۲۷ اکتبر ۲۰۲۶")]
    [InlineData("ko", "2026년 10월 23일~27일")]
    public void RangeInOneMonth(string tag, string expected)
    {
        Assert.Equal(expected, LocalDates.For(tag).Range(Oct23, Oct27));
    }

    [Theory]
    [InlineData("ja", "2026年10月30日～11月2日")]
    [InlineData("en-US", "October 30" + Thin + "–" + Thin + "November 2, 2026")]
    [InlineData("en-GB", "30 October" + Thin + "–" + Thin + "2 November 2026")]
    [InlineData("de", "30. Oktober" + Thin + "–" + Thin + "2. November 2026")]
    [InlineData("pt-BR", "30 de outubro" + Thin + "–" + Thin + "2 de novembro de 2026")]
    [InlineData("fr", "30 octobre" + Thin + "–" + Thin + "2 novembre 2026")]
    [InlineData("es", "30 de octubre" + Thin + "–" + Thin + "2 de noviembre de 2026")]
    [InlineData("zh-Hans", "2026年10月30日至11月2日")]
    [InlineData("ar", "30 أكتوبر – 2 نوفمبر 2026")]
    [InlineData("fa", "۳۰ اکتبر تا ۲ نوامبر ۲۰۲۶")]
    public void RangeAcrossMonths(string tag, string expected)
    {
        Assert.Equal(expected, LocalDates.For(tag).Range(Oct30, Nov2));
    }

    [Theory]
    [InlineData("ja", "2026年12月30日～2027年1月2日")]
    [InlineData("en-US", "December 30, 2026" + Thin + "–" + Thin + "January 2, 2027")]
    [InlineData("en-GB", "30 December 2026" + Thin + "–" + Thin + "2 January 2027")]
    [InlineData("de", "30. Dezember 2026" + Thin + "–" + Thin + "2. Januar 2027")]
    [InlineData("pt-BR", "30 de dezembro de 2026" + Thin + "–" + Thin + "2 de janeiro de 2027")]
    [InlineData("fr", "30 décembre 2026" + Thin + "–" + Thin + "2 janvier 2027")]
    [InlineData("es", "30 de diciembre de 2026" + Thin + "–" + Thin + "2 de enero de 2027")]
    [InlineData("zh-Hans", "2026年12月30日至2027年1月2日")]
    [InlineData("ar", "30 ديسمبر 2026 – 2 يناير 2027")]
    [InlineData("fa", "۳۰ دسامبر ۲۰۲۶ تا ۲ ژانویهٔ ۲۰۲۷")]
    public void RangeAcrossYears(string tag, string expected)
    {
        Assert.Equal(expected, LocalDates.For(tag).Range(Dec30, Jan2));
    }

    [Theory]
    [InlineData("en-US", "October 23, 2026")]
    [InlineData("ja", "2026年10月23日")]
    [InlineData("fa", "۲۳ اکتبر ۲۰۲۶")]
    public void RangeOfOneDayIsThatDate(string tag, string expected)
    {
        Assert.Equal(expected, LocalDates.For(tag).Range(Oct23, Oct23.AddHours(5)));
    }

    [Fact]
    public void RangeWhoseIntervalPatternIsNumericUsesTheFallbackAroundFullDates()
    {
        // cs intervals are numeric ("d.–d. M. y") while its dates name the month: CLDR's fallback "{0} – {1}".
        Assert.Equal("23. října 2026" + Thin + "–" + Thin + "27. října 2026", LocalDates.For("cs").Range(Oct23, Oct27));
    }

    [Fact]
    public void RangeGivenBackwardsIsSwapped()
    {
        Assert.Equal("23–27 octobre 2026", LocalDates.For("fr").Range(Oct27, Oct23));
    }

    [Theory]
    [InlineData("fa", DigitStyle.Default, "۲۴ نوامبر ۲۰۲۵")]
    [InlineData("fa", DigitStyle.Latin, "24 نوامبر 2025")]
    [InlineData("ar-MA", DigitStyle.Default, "24 نونبر 2025")]
    [InlineData("ar-MA", DigitStyle.Native, "٢٤ نونبر ٢٠٢٥")]
    [InlineData("ar-EG", DigitStyle.Latin, "24 نوفمبر 2025")]
    [InlineData("bn", DigitStyle.Default, "২৪ নভেম্বর, ২০২৫")]
    [InlineData("hi", DigitStyle.Default, "24 नवंबर 2025")]
    [InlineData("hi", DigitStyle.Native, "२४ नवंबर २०२५")]
    [InlineData("fr", DigitStyle.Native, "24 novembre 2025")]
    public void DigitsFollowTheChoiceWithCldrsDefault(string tag, DigitStyle digits, string expected)
    {
        Assert.Equal(expected, LocalDates.For(tag, digits).Date(Nov24));
    }

    [Theory]
    [InlineData("yyyy-MM", "2025-11")]
    [InlineData("%d", "24")]
    [InlineData("d MMMM", "24 novembre")]
    [InlineData("dddd", "lundi")]
    [InlineData("EEE d MMM", "lun. 24 nov.")]
    [InlineData("HH'h'mm", "10h30")]
    [InlineData("'le' d", "le 24")]
    [InlineData("h:mm tt", "10:30 AM")]
    public void CustomPatternsAreCldrPatternsWithTheDotNetFormsTemplatesUsed(string pattern, string expected)
    {
        Assert.Equal(expected, LocalDates.For("fr").Format(Nov24, pattern));
    }

    [Fact]
    public void UnknownLanguageGetsNeutralIsoLikeData()
    {
        var dates = LocalDates.For("xx");
        Assert.Equal("2025 November 24", dates.Date(Nov24));
        Assert.Equal("10:30", dates.Time(Nov24));
    }

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
