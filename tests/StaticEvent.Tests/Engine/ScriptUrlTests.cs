using System.Globalization;
using System.Text;
using StaticEvent.Diagnostics;
using StaticEvent.Rendering;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

/// <summary>Tag pages, collisions and aliases on sites in any language and below a base path.</summary>
public sealed class ScriptUrlTests
{
    // code, culture, direction, a tag as an editor writes it, its URL segment.
    private static readonly (string Code, string Culture, string Dir, string Tag, string Slug)[] Languages =
    [
        ("fr", "fr-FR", "ltr", "Sécurité publique", "securite-publique"),
        ("de", "de-DE", "ltr", "Öffentliche Straße", "oeffentliche-strasse"),
        ("ja", "ja-JP", "ltr", "オープンデータ", "オープンデータ"),
        ("ko", "ko-KR", "ltr", "개방 데이터", "개방-데이터"),
        ("zh", "zh-CN", "ltr", "开放数据", "开放数据"),
        ("ar", "ar-MA", "rtl", "الجرائم المالية", "الجرائم-المالية"),
        ("fa", "fa-IR", "rtl", "داده\u200Cهای باز", "داده\u200Cهای-باز"),
        ("he", "he-IL", "rtl", "מידע פתוח", "מידע-פתוח"),
        ("hi", "hi-IN", "ltr", "खुला डेटा", "खुला-डेटा"),
        ("bn", "bn-BD", "ltr", "উন্মুক্ত তথ্য", "উন্মুক্ত-তথ্য"),
        ("th", "th-TH", "ltr", "ข้อมูลเปิด", "ข้อมูลเปิด"),
        ("ru", "ru-RU", "ltr", "Открытые данные", "открытые-данные"),
        ("el", "el-GR", "ltr", "Ανοιχτά δεδομένα", "ανοιχτά-δεδομένα"),
    ];

    /// <summary>The base theme site with its files edited as text (site.yml, languages), plus <paramref name="extra"/>.</summary>
    private static TestSite BaseEdited(Func<string, string> edit, string extra) =>
        TestSite.Parse(edit(TestSite.BaseTheme.Replace("BASEURL", "https://example.org/", StringComparison.Ordinal).Replace("MENUREF", "_index", StringComparison.Ordinal)) + "\n" + extra);

    private static TestSite EveryScriptSite()
    {
        var text = new StringBuilder("""
            -- site.yml --
            baseUrl: https://example.org/
            defaultLanguage: fr
            buildDate: 2025-11-27T18:00:00+01:00
            menus:
              main:
                - ref: _index
            languages:

            """);
        foreach (var l in Languages)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ code: {l.Code}, name: {l.Code}, culture: {l.Culture}, direction: {l.Dir}, title: Site {l.Code} }}\n");
        }

        foreach (var l in Languages)
        {
            text.Append(CultureInfo.InvariantCulture, $"-- content/news/one.{l.Code}.md --\n---\ntitle: Un {l.Code}\ndate: 2025-11-20\ntags: [\"{l.Tag}\"]\n---\nTexte.\n");
            text.Append(CultureInfo.InvariantCulture, $"-- themes/default/i18n/{l.Code}.yml --\nnotfound: x\n");
        }

        var theme = TestSite.BaseTheme[TestSite.BaseTheme.IndexOf("-- themes/default/layouts/base.sbn --", StringComparison.Ordinal)..];
        return TestSite.Parse(text + theme[..theme.IndexOf("-- themes/default/i18n/", StringComparison.Ordinal)]);
    }

    [Fact]
    public void TagPagesKeepTheLettersAndMarksOfEveryScript()
    {
        var outcome = EveryScriptSite().Build().AssertSuccess();

        foreach (var l in Languages)
        {
            var path = $"{l.Code}/tags/{l.Slug.Normalize(NormalizationForm.FormC)}/index.html";
            Assert.True(outcome.Has(path), $"{l.Code}: no {path}; files: {string.Join(", ", outcome.Output.Files.Keys.Where(k => k.Contains("/tags/", StringComparison.Ordinal)))}");
            var link = outcome.Html($"{l.Code}/news/one/index.html").QuerySelector("a.tag")!;
            Assert.Equal(l.Tag, link.TextContent);
            Assert.Equal("/" + UrlBuilder.Encode($"{l.Code}/tags/{l.Slug}/"), link.GetAttribute("href"));
        }
    }

    [Fact]
    public void JapaneseWordsThatDifferByVoicingMarksGetTheirOwnTagPages()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/news/bus.fr.md --
            ---
            title: Bus
            date: 2025-11-20
            tags: [バス, ガ]
            ---
            -- content/news/pass.fr.md --
            ---
            title: Pass
            date: 2025-11-21
            tags: [パス, プ]
            ---
            -- content/news/lotus.fr.md --
            ---
            title: Lotus
            date: 2025-11-22
            tags: [ハス, カ, フ]
            ---
            """).Build().AssertSuccess();

        foreach (var (tag, title) in new[] { ("バス", "Bus"), ("パス", "Pass"), ("ハス", "Lotus"), ("ガ", "Bus"), ("プ", "Pass"), ("カ", "Lotus"), ("フ", "Lotus") })
        {
            var items = outcome.Html($"fr/sujets/{tag}/index.html").QuerySelectorAll("a.item").Select(a => a.TextContent);
            Assert.Equal([title], items);
        }
    }

    [Fact]
    public void TagsDifferingOnlyByCaseOrLatinAccentsAreOnePage()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/news/a.fr.md --
            ---
            title: A
            date: 2025-11-20
            tags: [Sécurité]
            ---
            -- content/news/b.fr.md --
            ---
            title: B
            date: 2025-11-21
            tags: [securite, SÉCURITÉ]
            ---
            """).Build().AssertSuccess();

        Assert.Equal(["B", "A"], outcome.Html("fr/sujets/securite/index.html").QuerySelectorAll("a.item").Select(a => a.TextContent));
        // One tag page, and the topics' index above it.
        Assert.Equal(["fr/sujets/index.html", "fr/sujets/securite/index.html"],
            outcome.Output.Files.Keys.Where(k => k.StartsWith("fr/sujets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GermanTagsAreTransliteratedSoUmlautAndDigraphMerge()
    {
        var outcome = BaseEdited(
            text => text.Replace("code: fr", "code: de", StringComparison.Ordinal).Replace("defaultLanguage: fr", "defaultLanguage: de", StringComparison.Ordinal)
                .Replace("i18n/fr.yml", "i18n/de.yml", StringComparison.Ordinal).Replace("_index.fr.md", "_index.de.md", StringComparison.Ordinal),
            """
            -- content/news/a.de.md --
            ---
            title: A
            date: 2025-11-20
            tags: [Müller]
            ---
            -- content/news/b.de.md --
            ---
            title: B
            date: 2025-11-21
            tags: [Mueller]
            ---
            """).Build().AssertSuccess();

        Assert.Equal(["B", "A"], outcome.Html("de/sujets/mueller/index.html").QuerySelectorAll("a.item").Select(a => a.TextContent));
    }

    [Fact]
    public void DifferentTagsWithOneUrlAreAnErrorNamingBoth()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/news/a.fr.md --
            ---
            title: A
            date: 2025-11-20
            tags: [C++]
            ---
            -- content/news/b.fr.md --
            ---
            title: B
            date: 2025-11-21
            tags: [securite, "C#"]
            ---
            """).Build();

        var error = outcome.AssertDiagnostic(DiagnosticCodes.DuplicateUrl, "content/news/b.fr.md", 4, 18);
        Assert.Contains("'C++' (content/news/a.fr.md:4:8)", error.Message, StringComparison.Ordinal);
        Assert.Contains("'C#' (content/news/b.fr.md:4:18)", error.Message, StringComparison.Ordinal);
        Assert.Contains("fr/sujets/c/", error.Message, StringComparison.Ordinal);
        Assert.Single(outcome.Errors);
    }

    [Fact]
    public void SectionsWithOneTranslatedSlugAreAnErrorAtTheSecondSlug()
    {
        var outcome = BaseEdited(
            text => text.Replace("sections: { news: actualites, tags: sujets }", "sections: { news: actualites, tags: sujets, events: actualites }", StringComparison.Ordinal),
            """
            -- content/news/a.fr.md --
            ---
            title: A
            date: 2025-11-20
            ---
            -- content/events/b.fr.md --
            ---
            title: B
            date: 2025-11-21
            ---
            """).Build();

        var error = outcome.AssertDiagnostic(DiagnosticCodes.DuplicateUrl, "site.yml", 10, 57);
        Assert.Contains("the section 'events' (site.yml:10:57)", error.Message, StringComparison.Ordinal);
        Assert.Contains("the section 'news' (site.yml:10:23)", error.Message, StringComparison.Ordinal);
        Assert.Single(outcome.Errors);
    }

    [Fact]
    public void ATagPageOnAPagesUrlIsAnErrorNamingBoth()
    {
        var outcome = BaseEdited(
            text => text.Replace("menus:\n", "permalinks: { news: \"sujets/:slug/\" }\nmenus:\n", StringComparison.Ordinal),
            """
            -- content/news/accueil.fr.md --
            ---
            title: Accueil
            date: 2025-11-20
            tags: [Accueil]
            ---
            """).Build();

        var error = Assert.Single(outcome.Errors);
        Assert.Equal((DiagnosticCodes.DuplicateUrl, "content/news/accueil.fr.md:4:8"), (error.Code, error.Location.ToString()));
        Assert.Contains("by content/news/accueil.fr.md and by the page of the tag 'Accueil' (content/news/accueil.fr.md:4:8)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ga93/ancien/")]
    [InlineData("/ancien/")]
    [InlineData("ancien/")]
    [InlineData("https://example.org/ga93/ancien/")]
    [InlineData("http://EXAMPLE.org/ga93/ancien/")]
    public void AnAliasWithOrWithoutTheBasePathIsTheSameAddress(string alias)
    {
        var outcome = TestSite.WithBaseTheme($"""
            -- content/page.fr.md --
            ---
            title: Page
            aliases: ["{alias}"]
            ---
            """, baseUrl: "https://example.org/ga93/").Build().AssertSuccess();

        Assert.True(outcome.Has("ancien/index.html"), string.Join(", ", outcome.Output.Files.Keys.Where(k => k.Contains("ancien", StringComparison.Ordinal))));
        Assert.Contains("/ga93/fr/page/", outcome.Text("ancien/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Output.Files.Keys, k => k.StartsWith("ga93/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://other.example/ga93/ancien/", "another host")]
    [InlineData("https://example.org/ga94/ancien/", "outside the site")]
    [InlineData("https://example.org:8443/ga93/ancien/", "another host")]
    [InlineData("https://example.org/ga93/ancien/?x=1", "query")]
    public void AnAliasOnAnotherHostOrOutsideTheBasePathIsAnError(string alias, string reason)
    {
        var outcome = TestSite.WithBaseTheme($"""
            -- content/page.fr.md --
            ---
            title: Page
            aliases: ["{alias}"]
            ---
            """, baseUrl: "https://example.org/ga93/").Build();

        var error = outcome.AssertDiagnostic(DiagnosticCodes.PathEscapesOutput, "content/page.fr.md", 3, 11);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
