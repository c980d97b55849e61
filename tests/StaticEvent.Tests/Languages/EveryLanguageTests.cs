using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticEvent.Scaffolding;

namespace StaticEvent.Tests.Languages;

/// <summary>
/// A site started with <c>new site</c> in every language the built-in theme speaks, built with the
/// shipped theme: no warning, no raw key, no English on other languages' pages, the right
/// <c>lang</c> and <c>dir</c>, Gregorian years, and exports in each page's language.
/// </summary>
public sealed partial class EveryLanguageTests
{
    private static readonly HtmlParser Parser = new();
    private static readonly HashSet<string> RightToLeft = ["ar", "fa", "he", "ur"];

    public static TheoryData<string> Languages() => [.. StarterSite.ThemeLanguages];

    [Fact]
    public void TheThemeSpeaksAtLeastTheLanguagesWePromise()
    {
        string[] promised = ["ar", "bn", "cs", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hi", "hu", "id", "it", "ja", "ko", "ms", "nl", "pl", "pt", "pt-BR", "ro", "ru", "sv", "sw", "th", "tr", "uk", "ur", "vi", "zh-Hans"];
        Assert.Empty(promised.Except(StarterSite.ThemeLanguages));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EachLanguageFileHasEveryEnglishKeyWithTheSamePlaceholders(string language)
    {
        var english = StarterSite.ThemeStrings("en");
        var own = StarterSite.ThemeStrings(language);

        Assert.Empty(own.Keys.Except(english.Keys));
        if (language != "en-US")
        {
            // en-US holds only the words American English spells otherwise; it falls back to en.
            Assert.Empty(english.Keys.Except(own.Keys));
        }

        foreach (var (key, text) in own)
        {
            Assert.Equal(Placeholders(english[key]), Placeholders(text));
            Assert.False(string.IsNullOrWhiteSpace(text), $"{language}: '{key}' is empty");
        }
    }

    [Fact]
    public void AStarterSiteInEveryLanguageBuildsWithNoErrorAndNoWarning()
    {
        var site = StarterSite.EveryThemeLanguage;

        Assert.True(site.Result.Succeeded, site.Describe());
        Assert.Equal(0, site.Result.WarningCount);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryPageSpeaksItsOwnLanguage(string language)
    {
        var site = StarterSite.EveryThemeLanguage;
        var english = StarterSite.ThemeStrings("en");
        var own = StarterSite.ThemeStrings(language);
        var keys = new Regex(@"\b(" + string.Join("|", english.Keys.Select(Regex.Escape)) + @")\b");
        var pages = site.Output.Files.Keys.Where(p => p.StartsWith(language + "/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 6, $"{language}: {pages.Count} pages");

        foreach (var path in pages.Where(p => !IsRedirect(site, p)))
        {
            var page = Parser.ParseDocument(site.Output.Text(path));
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal(RightToLeft.Contains(language.Split('-')[0]) ? "rtl" : "ltr", page.DocumentElement.GetAttribute("dir"));

            var text = VisibleText(page);
            Assert.False(keys.IsMatch(text), $"{path} shows a raw interface key: {keys.Match(text).Value}");
            if (!language.StartsWith("en", StringComparison.Ordinal))
            {
                // English interface text may appear only inside an element marked as another language.
                foreach (var (key, value) in english.Where(e => e.Value.Length >= 8 && own.GetValueOrDefault(e.Key) != e.Value && !e.Value.Contains('{')))
                {
                    Assert.False(text.Contains(value, StringComparison.Ordinal), $"{path} shows the English '{key}': {value}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void DatesAreGregorianInEveryLanguage(string language)
    {
        var site = StarterSite.EveryThemeLanguage;
        var home = Parser.ParseDocument(site.Output.Text($"{language}/index.html"));
        var dates = Latin(home.QuerySelector(".site-dates")!.TextContent);

        Assert.Contains("2026", dates, StringComparison.Ordinal);
        Assert.Contains("23", dates, StringComparison.Ordinal);
        Assert.Contains("27", dates, StringComparison.Ordinal);
        // Not the Buddhist (2569), Persian (1405) or Hijri (1448) year of the same days.
        Assert.DoesNotMatch("2569|1405|1448", dates);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheCalendarExportSpeaksThePagesLanguage(string language)
    {
        var site = StarterSite.EveryThemeLanguage;
        var strings = StarterSite.ThemeStrings(language);
        var fallback = StarterSite.ThemeStrings("en");
        var ics = site.Output.Files.Keys.Single(p => p.StartsWith(language + "/", StringComparison.Ordinal) && p.EndsWith("/schedule.ics", StringComparison.Ordinal));
        var text = site.Output.Text(ics).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal).Replace("\\;", ";", StringComparison.Ordinal);

        var endNote = strings.GetValueOrDefault("export.end_not_announced", fallback["export.end_not_announced"]);
        Assert.Contains(endNote, text, StringComparison.Ordinal);
        if (!language.StartsWith("en", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(fallback["export.end_not_announced"], text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("hi", "समाचार")]
    [InlineData("th", "ข่าวสาร")]
    [InlineData("ar", "الأخبار")]
    [InlineData("ja", "お知らせ")]
    [InlineData("ru", "новости")]
    [InlineData("fr", "actualites")]
    public void StarterSectionSlugsKeepTheirScriptAndMarks(string language, string slug)
    {
        var site = StarterSite.EveryThemeLanguage;

        // Devanagari vowel signs, Thai tone marks and the Arabic hamza stay on their letters.
        Assert.Equal(slug, NewsSlug(site, language));
        Assert.True(site.Output.Files.ContainsKey($"{language}/{slug}/index.html"), $"{language}/{slug}/index.html");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryStarterSectionSlugIsNfcAndNoWordStartsWithAMark(string language)
    {
        var slug = NewsSlug(StarterSite.EveryThemeLanguage, language);

        Assert.True(slug.IsNormalized(System.Text.NormalizationForm.FormC), slug);
        if (!language.StartsWith("en", StringComparison.Ordinal))
        {
            // "news" is the scaffold's fallback for a title that makes no slug.
            Assert.NotEqual("news", slug);
        }

        foreach (var word in slug.Split('-'))
        {
            Assert.NotEmpty(word);
            Assert.False(CharUnicodeInfo.GetUnicodeCategory(word, 0) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark,
                $"{language}: '{slug}' has a word starting with a combining mark");
        }
    }

    /// <summary>The news section's URL word that <c>new site</c> wrote into site.yml for a language.</summary>
    private static string NewsSlug(StarterSite site, string language)
    {
        var yaml = SiteScaffold.Files(site.Request)["site.yml"];
        var block = yaml[yaml.IndexOf($"  - code: {language}\n", StringComparison.Ordinal)..];
        var line = block.Split('\n').First(l => l.TrimStart().StartsWith("sections:", StringComparison.Ordinal));
        return Regex.Match(line, @"news: (\S+) \}").Groups[1].Value;
    }

    private static bool IsRedirect(StarterSite site, string path) => site.Output.Text(path).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal);

    /// <summary>The page's text outside elements that say they are in another language.</summary>
    private static string VisibleText(IDocument page)
    {
        foreach (var foreign in page.Body!.QuerySelectorAll("[lang]").Where(e => e.GetAttribute("lang") != page.DocumentElement.GetAttribute("lang")).ToList())
        {
            foreign.Remove();
        }

        return page.Title + "\n" + page.Body.TextContent;
    }

    /// <summary>Native digits as Latin ones, so years compare whatever the digits setting.</summary>
    private static string Latin(string text) =>
        string.Concat(text.Select(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber ? (char)('0' + (int)CharUnicodeInfo.GetNumericValue(c)) : c));

    private static List<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
