using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Locale;

/// <summary>The locale functions as templates call them, with digits chosen in site.yml.</summary>
public sealed class TemplateFunctionTests
{
    private const string Languages = """
        -- site.yml --
        baseUrl: https://example.org/
        defaultLanguage: fr
        timeZone: Africa/Casablanca
        buildDate: 2025-11-27T18:00:00+01:00
        languages:
          - code: fr
            name: Français
            culture: fr-FR
            title: Site FR
          - code: ar
            name: العربية
            culture: ar-MA
            direction: rtl
            title: موقع
          - code: fa
            name: فارسی
            direction: rtl
            title: سایت
          - code: en
            name: English
            culture: en-US
            title: Site
          - code: ja
            name: 日本語
            title: サイト
          - code: hi
            name: हिन्दी
            title: साइट
            digits: native
        menus:
          main:
            - ref: _index
        params:
          start: 2025-11-24
          end: 2025-11-27
        -- themes/default/layouts/home.sbn --
        <p id="date">{{ format_date page.date "date" }}</p><p id="iso">{{ iso_date page.date }}</p>
        <p id="range">{{ format_date_range (date.parse site.params.start) (date.parse site.params.end) }}</p>
        <p id="short-range">{{ format_date_range (date.parse site.params.start) (date.parse site.params.end) false }}</p>
        <p id="list">{{ format_list ["Ana", "Bo", "Cy"] }}</p><p id="number">{{ format_number 1234 }}</p>
        <p id="script">{{ lang.script }}</p><p id="sep">{{ lang.list_separator }}</p><p id="time">{{ format_date page.date "time" }}</p>
        <p id="day">{{ format_date page.date "weekday_day" }}</p>
        """;

    private static string Home(string language) => $"""
        -- content/_index.{language}.md --
        ---
        title: Home
        date: 2025-11-24T10:30:00+01:00
        ---

        """;

    private static BuildOutcome Build(string extra = "") =>
        TestSite.WithBaseTheme(Languages + "\n" + string.Concat(new[] { "fr", "ar", "fa", "en", "ja", "hi" }.Select(Home)) + extra).Build();

    [Theory]
    [InlineData("fr", "date", "24 novembre 2025")]
    [InlineData("fr", "range", "24–27 novembre 2025")]
    [InlineData("fr", "short-range", "24–27 novembre")]
    [InlineData("fr", "list", "Ana, Bo et Cy")]
    [InlineData("fr", "number", "1\u202f234")]
    [InlineData("fr", "script", "latn")]
    [InlineData("fr", "day", "lundi 24")]
    [InlineData("ar", "date", "24 نونبر 2025")]
    [InlineData("ar", "range", "24–27 نونبر 2025")]
    [InlineData("ar", "number", "1.234")]
    [InlineData("ar", "script", "arab")]
    [InlineData("ar", "time", "10:30")]
    [InlineData("fa", "date", "۲۴ نوامبر ۲۰۲۵")]
    [InlineData("fa", "range", "۲۴ تا ۲۷ نوامبر ۲۰۲۵")]
    [InlineData("fa", "number", "۱٬۲۳۴")]
    [InlineData("fa", "time", "۱۰:۳۰")]
    [InlineData("en", "date", "November 24, 2025")]
    [InlineData("en", "range", "November 24\u2009–\u200927, 2025")]
    [InlineData("en", "list", "Ana, Bo, and Cy")]
    [InlineData("en", "time", "10:30\u202fAM")]
    [InlineData("ja", "range", "2025年11月24日～27日")]
    [InlineData("ja", "list", "Ana、Bo、Cy")]
    [InlineData("ja", "sep", "、")]
    [InlineData("ja", "script", "jpan")]
    [InlineData("hi", "date", "२४ नवंबर २०२५")]
    [InlineData("hi", "number", "१,२३४")]
    public void FunctionsWriteTheLanguagesCldrForms(string language, string id, string expected)
    {
        var outcome = Build().AssertSuccess();
        Assert.Equal(expected, outcome.Html($"{language}/index.html").GetElementById(id)!.TextContent);
    }

    [Theory]
    [InlineData("fa")]
    [InlineData("hi")]
    public void MachineReadableDatesKeepLatinDigits(string language)
    {
        var outcome = Build().AssertSuccess();
        Assert.Equal("2025-11-24T10:30:00+01:00", outcome.Html($"{language}/index.html").GetElementById("iso")!.TextContent);
    }

    [Fact]
    public void LatinDigitsCanBeChosen()
    {
        var outcome = TestSite.WithBaseTheme(Languages.Replace("    title: سایت", "    title: سایت\n    digits: latin", StringComparison.Ordinal)
            + "\n" + string.Concat(new[] { "fr", "ar", "fa", "en", "ja", "hi" }.Select(Home))).Build().AssertSuccess();
        Assert.Equal("24 نوامبر 2025", outcome.Html("fa/index.html").GetElementById("date")!.TextContent);
    }

    [Fact]
    public void UnknownDigitsValueIsAnErrorAtTheValue()
    {
        var outcome = TestSite.WithBaseTheme(Languages.Replace("    digits: native", "    digits: arabic", StringComparison.Ordinal)
            + "\n" + string.Concat(new[] { "fr", "ar", "fa", "en", "ja", "hi" }.Select(Home))).Build();
        var error = outcome.AssertDiagnostic("SE105", "site.yml", 29, 13);
        Assert.Equal("'digits' must be latin or native, found 'arabic'", error.Message);
    }
}
