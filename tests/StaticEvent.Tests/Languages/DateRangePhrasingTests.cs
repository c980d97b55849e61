using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticEvent.Tests.Languages;

/// <summary>
/// The event's dates as a starter site shows them (partial event-dates.sbn: the hero eyebrow on
/// the home page and <c>.site-dates</c> in every page's header) read as CLDR 47 writes a range,
/// for one month, two months of one year and two years. Expected strings are derived by hand
/// from cldr-json (ca-gregorian.json <c>intervalFormats.yMMMd</c>, or <c>yMMMMd</c> where it
/// exists: es) with MMM widened to MMMM as Locale/Cldr/README.md says, and the month names of
/// <c>months.format.wide</c> (<c>stand-alone</c> for L). Written with escapes where a character
/// is invisible or confusable: U+2009 thin space, U+2013 en dash, U+FF5E fullwidth tilde.
/// </summary>
public sealed class DateRangePhrasingTests
{
    private const string Thin = "\u2009";
    private const string Dash = "\u2013";
    private const string Spaced = Thin + Dash + Thin;

    private static readonly HtmlParser Parser = new();

    /// <summary>The languages the issue names, en-GB among them (the theme has no en-GB file: its strings come from en).</summary>
    private static readonly string[] Named = ["ar", "de", "en-GB", "en-US", "es", "fa", "fr", "ja", "pt-BR", "zh-Hans"];

    private static readonly Dictionary<string, Lazy<StarterSite>> Sites = new(StringComparer.Ordinal)
    {
        ["one month"] = Site(new DateOnly(2026, 10, 23), new DateOnly(2026, 10, 27)),
        ["two months"] = Site(new DateOnly(2026, 10, 30), new DateOnly(2026, 11, 2)),
        ["two years"] = Site(new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 2)),
    };

    /// <summary>23–27 October 2026: CLDR's pattern for a difference in the day (d).</summary>
    public static TheoryData<string, string> OneMonth() => new()
    {
        { "ar", "23" + Dash + "27 أكتوبر 2026" },
        { "de", "23." + Dash + "27. Oktober 2026" },
        { "en-GB", "23" + Dash + "27 October 2026" },
        { "en-US", "October 23" + Spaced + "27, 2026" },
        { "es", "23" + Dash + "27 de octubre de 2026" },
        { "fa", "\u06F2\u06F3 تا \u06F2\u06F7 اکتبر \u06F2\u06F0\u06F2\u06F6" },
        { "fr", "23" + Dash + "27 octobre 2026" },
        { "ja", "2026年10月23日\uFF5E27日" },
        { "pt-BR", "23" + Spaced + "27 de outubro de 2026" },
        { "zh-Hans", "2026年10月23日至27日" },
    };

    /// <summary>30 October – 2 November 2026: the pattern for a difference in the month (M).</summary>
    public static TheoryData<string, string> TwoMonths() => new()
    {
        { "ar", "30 أكتوبر " + Dash + " 2 نوفمبر 2026" },
        { "de", "30. Oktober" + Spaced + "2. November 2026" },
        { "en-GB", "30 October" + Spaced + "2 November 2026" },
        { "en-US", "October 30" + Spaced + "November 2, 2026" },
        { "es", "30 de octubre" + Spaced + "2 de noviembre de 2026" },
        { "fa", "\u06F3\u06F0 اکتبر تا \u06F2 نوامبر \u06F2\u06F0\u06F2\u06F6" },
        { "fr", "30 octobre" + Spaced + "2 novembre 2026" },
        { "ja", "2026年10月30日\uFF5E11月2日" },
        { "pt-BR", "30 de outubro" + Spaced + "2 de novembro de 2026" },
        { "zh-Hans", "2026年10月30日至11月2日" },
    };

    /// <summary>30 December 2026 – 2 January 2027: the pattern for a difference in the year (y).</summary>
    public static TheoryData<string, string> TwoYears() => new()
    {
        { "ar", "30 ديسمبر 2026 " + Dash + " 2 يناير 2027" },
        { "de", "30. Dezember 2026" + Spaced + "2. Januar 2027" },
        { "en-GB", "30 December 2026" + Spaced + "2 January 2027" },
        { "en-US", "December 30, 2026" + Spaced + "January 2, 2027" },
        { "es", "30 de diciembre de 2026" + Spaced + "2 de enero de 2027" },
        // fa writes January with the ezafe (ژانویهٔ) inside a date: months.format.wide.
        { "fa", "\u06F3\u06F0 دسامبر \u06F2\u06F0\u06F2\u06F6 تا \u06F2 ژانویهٔ \u06F2\u06F0\u06F2\u06F7" },
        { "fr", "30 décembre 2026" + Spaced + "2 janvier 2027" },
        { "ja", "2026年12月30日\uFF5E2027年1月2日" },
        { "pt-BR", "30 de dezembro de 2026" + Spaced + "2 de janeiro de 2027" },
        { "zh-Hans", "2026年12月30日至2027年1月2日" },
    };

    [Theory]
    [MemberData(nameof(OneMonth))]
    public void EventDatesInOneMonthReadAsCldrWritesThem(string language, string expected) =>
        AssertEventDates(Sites["one month"].Value, language, expected);

    [Theory]
    [MemberData(nameof(TwoMonths))]
    public void EventDatesAcrossTwoMonthsReadAsCldrWritesThem(string language, string expected) =>
        AssertEventDates(Sites["two months"].Value, language, expected);

    [Theory]
    [MemberData(nameof(TwoYears))]
    public void EventDatesAcrossTwoYearsReadAsCldrWritesThem(string language, string expected) =>
        AssertEventDates(Sites["two years"].Value, language, expected);

    /// <summary>The one-month forms of the languages the theme has files for; plain en is CLDR's American English.</summary>
    public static TheoryData<string, string> OneMonthInThemeLanguages()
    {
        var data = new TheoryData<string, string> { { "en", "October 23" + Spaced + "27, 2026" } };
        foreach (var row in OneMonth().Where(r => StarterSite.ThemeLanguages.Contains((string)r[0])))
        {
            data.Add((string)row[0], (string)row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OneMonthInThemeLanguages))]
    public void TheSiteInEveryThemeLanguageShowsTheSameRanges(string language, string expected) =>
        Assert.Equal(expected, HomeDates(StarterSite.EveryThemeLanguage, language));

    [Fact]
    public void PersianPagesWriteNativeDigitsAndLatinOnesInDatetimeAttributes()
    {
        // fa's default numbering system in CLDR 47 is arabext: native without a digits setting.
        var site = Sites["one month"].Value;

        AssertDigits(site, "fa", "\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9");
    }

    [Fact]
    public void ArabicPagesWriteLatinDigitsByDefaultAndNativeOnesWhenAsked()
    {
        // CLDR 47 made latn the default for ar (arab stays the native system, and ar-EG's default).
        Assert.Equal("23" + Dash + "27 أكتوبر 2026", HomeDates(Sites["one month"].Value, "ar"));

        var native = StarterSite.Build(["ar", "en"], "ar", "Asia/Tokyo", new DateOnly(2026, 10, 23), new DateOnly(2026, 10, 27),
            editSiteYaml: yaml => yaml.Replace("  - code: ar\n", "  - code: ar\n    digits: native\n", StringComparison.Ordinal));

        Assert.True(native.Result.Succeeded, native.Describe());
        Assert.Equal(0, native.Result.WarningCount);
        Assert.Equal("\u0662\u0663" + Dash + "\u0662\u0667 أكتوبر \u0662\u0660\u0662\u0666", HomeDates(native, "ar"));
        AssertDigits(native, "ar", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669");
        Assert.Equal("October 23" + Spaced + "27, 2026", HomeDates(native, "en"));
    }

    private static Lazy<StarterSite> Site(DateOnly start, DateOnly end) =>
        new(() => StarterSite.Build(Named, "en-GB", "Asia/Tokyo", start, end));

    /// <summary>The hero's dates of a language's home page, checked equal to the header's on every page of that language.</summary>
    private static string HomeDates(StarterSite site, string language)
    {
        var home = Page(site, $"{language}/index.html");
        var hero = home.QuerySelector(".hero-eyebrow")!.TextContent;
        foreach (var path in Pages(site, language))
        {
            Assert.Equal(hero, Page(site, path).QuerySelector(".site-dates")?.TextContent);
        }

        return hero;
    }

    private static void AssertEventDates(StarterSite site, string language, string expected)
    {
        Assert.True(site.Result.Succeeded, site.Describe());
        Assert.Equal(0, site.Result.WarningCount);
        Assert.Equal(expected, HomeDates(site, language));
    }

    /// <summary>Dates shown on the language's pages use only <paramref name="digits"/>; <c>datetime</c> attributes only 0–9.</summary>
    private static void AssertDigits(StarterSite site, string language, string digits)
    {
        var article = Pages(site, language).Select(p => Page(site, p)).First(p => p.QuerySelector("article time[datetime]") is not null);
        var times = article.QuerySelectorAll("time[datetime]").ToList();
        Assert.NotEmpty(times);
        foreach (var time in times)
        {
            Assert.True(DigitsOf(time.GetAttribute("datetime")!).All(char.IsAsciiDigit), time.OuterHtml);
            Assert.NotEmpty(DigitsOf(time.TextContent));
            Assert.True(DigitsOf(time.TextContent).All(c => digits.Contains(c, StringComparison.Ordinal)), time.OuterHtml);
        }

        Assert.True(DigitsOf(HomeDates(site, language)).All(c => digits.Contains(c, StringComparison.Ordinal)));
    }

    private static IEnumerable<char> DigitsOf(string text) =>
        text.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber);

    private static IEnumerable<string> Pages(StarterSite site, string language) =>
        site.Output.Files.Keys.Where(p => p.StartsWith(language + "/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal)
            && !site.Output.Text(p).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal));

    private static IDocument Page(StarterSite site, string path) => Parser.ParseDocument(Encoding.UTF8.GetString(site.Output.Files[path]));
}
