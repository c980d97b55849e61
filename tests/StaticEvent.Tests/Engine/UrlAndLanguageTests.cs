using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

public sealed class UrlAndLanguageTests
{
    private const string News = """
        -- content/news/_index.fr.md --
        ---
        title: Actualités
        ---
        -- content/news/_index.ar.md --
        ---
        title: الأخبار
        ---
        -- content/news/opening.fr.md --
        ---
        title: Ouverture
        slug: ouverture
        date: 2025-11-24T10:30:00+01:00
        tags: [Sécurité publique]
        ---
        Voir [la page](../about.fr.md#qui) et [l'annonce](announce.fr.md).
        -- content/news/opening.ar.md --
        ---
        title: الافتتاح
        slug: al-iftitah
        date: 2025-11-24T10:30:00+01:00
        ---
        نص.
        -- content/news/announce.fr.md --
        ---
        title: Annonce
        date: 2025-11-10
        ---
        Texte.
        -- content/about.fr.md --
        ---
        title: À propos
        slug: a-propos
        ---
        ## Qui
        Texte.
        """;

    [Fact]
    public void PagesLiveUnderTheirLanguagePrefixWithTranslatedSectionAndPageSlugs()
    {
        var outcome = TestSite.WithBaseTheme(News).Build().AssertSuccess();

        Assert.True(outcome.Has("fr/index.html"));
        Assert.True(outcome.Has("ar/index.html"));
        Assert.True(outcome.Has("fr/actualites/index.html"));
        Assert.True(outcome.Has("ar/akhbar/index.html"));
        Assert.True(outcome.Has("fr/actualites/ouverture/index.html"));
        Assert.True(outcome.Has("ar/akhbar/al-iftitah/index.html"));
        Assert.True(outcome.Has("fr/actualites/announce/index.html"), "without a slug the file name is the slug");
        Assert.True(outcome.Has("fr/a-propos/index.html"));
        Assert.True(outcome.Has("fr/sujets/securite-publique/index.html"), "tag pages use the translated tags slug and a slugified tag");
        Assert.True(outcome.Has("index.html"));
        Assert.True(outcome.Has("404.html"));
        Assert.True(outcome.Has("fr/404.html"));
    }

    [Fact]
    public void ArabicPagesAreRightToLeft()
    {
        var html = TestSite.WithBaseTheme(News).Build().AssertSuccess().Html("ar/index.html");

        Assert.Equal("ar", html.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", html.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public void HreflangAlternatesAreReciprocal()
    {
        var outcome = TestSite.WithBaseTheme(News).Build().AssertSuccess();

        string[] pages = ["fr/actualites/ouverture/index.html", "ar/akhbar/al-iftitah/index.html"];
        var links = pages.ToDictionary(p => p, p => outcome.Html(p).QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!));
        Assert.Equal("https://example.org/ar/akhbar/al-iftitah/", links[pages[0]]["ar"]);
        Assert.Equal("https://example.org/fr/actualites/ouverture/", links[pages[1]]["fr"]);
        Assert.Equal(links[pages[0]], links[pages[1]]);
    }

    [Fact]
    public void MarkdownLinksToSourceFilesBecomeTheTargetPagesUrls()
    {
        var html = TestSite.WithBaseTheme(News).Build().AssertSuccess().Html("fr/actualites/ouverture/index.html");

        var hrefs = html.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/fr/a-propos/#qui", hrefs);
        Assert.Contains("/fr/actualites/announce/", hrefs);
    }

    [Fact]
    public void EveryLinkCarriesTheBasePath()
    {
        var outcome = TestSite.WithBaseTheme(News, baseUrl: "https://example.org/ga93/").Build().AssertSuccess();

        foreach (var (path, _) in outcome.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (var element in outcome.Html(path).QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                Assert.True(url.StartsWith("/ga93/", StringComparison.Ordinal) || url.StartsWith("https://example.org/ga93/", StringComparison.Ordinal),
                    $"{path}: '{url}' does not carry the base path");
            }
        }

        Assert.Contains("<loc>https://example.org/ga93/fr/actualites/ouverture/</loc>", outcome.Text("sitemap.xml"));
    }

    [Fact]
    public void DatesAreFormattedInEachLanguagesCultureWithTheGregorianCalendar()
    {
        var outcome = TestSite.WithBaseTheme(News).Build().AssertSuccess();

        var french = outcome.Html("fr/actualites/ouverture/index.html").QuerySelector("time")!;
        Assert.Equal("lundi 24 novembre 2025", french.TextContent);
        Assert.Equal("2025-11-24T10:30:00+01:00", french.GetAttribute("datetime"));

        var arabic = outcome.Html("ar/akhbar/al-iftitah/index.html").QuerySelector("time")!.TextContent;
        Assert.Contains("2025", arabic);
        Assert.Contains("24", arabic);
        Assert.Contains("الاثنين", arabic);
        Assert.DoesNotContain("1447", arabic);
    }

    [Fact]
    public void FrenchTextGetsGuillemetsAndNoBreakSpaces()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/about.fr.md --
            ---
            title: "L'équipe : bilan"
            ---
            Il a dit "bonjour" : vraiment ? Oui ; l'équipe.
            """).Build().AssertSuccess();

        Assert.Equal("L\u2019équipe\u00A0: bilan", outcome.Html("fr/about/index.html").QuerySelector("h1")!.TextContent);

        var paragraph = outcome.Html("fr/about/index.html").QuerySelector("main p")!.TextContent;
        Assert.Equal("Il a dit «\u202Fbonjour\u202F»\u00A0: vraiment\u202F? Oui\u202F; l\u2019équipe.", paragraph);
    }

    [Fact]
    public void MenusUseEachLanguagesPageTitleAndUrl()
    {
        var outcome = TestSite.WithBaseTheme(News, menuRef: "news").Build().AssertSuccess();

        var french = outcome.Html("fr/index.html").QuerySelector("a.menu")!;
        Assert.Equal(("Actualités", "/fr/actualites/"), (french.TextContent, french.GetAttribute("href")));
        var arabic = outcome.Html("ar/index.html").QuerySelector("a.menu")!;
        Assert.Equal(("الأخبار", "/ar/akhbar/"), (arabic.TextContent, arabic.GetAttribute("href")));
    }

    [Fact]
    public void ListsAreNewestFirstAndPaginated()
    {
        var articles = string.Concat(Enumerable.Range(1, 12).Select(i => $"""
            -- content/news/a{i:00}.fr.md --
            ---
            title: Article {i:00}
            date: 2025-11-{i:00}
            ---
            Texte.

            """));
        var outcome = TestSite.WithBaseTheme(articles).Build().AssertSuccess();

        var first = outcome.Html("fr/actualites/index.html").QuerySelectorAll("a.item").Select(a => a.TextContent).ToList();
        Assert.Equal(10, first.Count);
        Assert.Equal("Article 12", first[0]);
        var second = outcome.Html("fr/actualites/page/2/index.html").QuerySelectorAll("a.item").Select(a => a.TextContent).ToList();
        Assert.Equal(["Article 02", "Article 01"], second);
    }

    [Fact]
    public void DraftsAndFuturePagesAreLeftOutUnlessAsked()
    {
        var site = TestSite.WithBaseTheme("""
            -- content/news/draft.fr.md --
            ---
            title: Brouillon
            draft: true
            ---
            -- content/news/future.fr.md --
            ---
            title: Futur
            date: 2030-01-01
            ---
            """);

        var published = site.Build().AssertSuccess();
        Assert.False(published.Has("fr/actualites/draft/index.html"));
        Assert.False(published.Has("fr/actualites/future/index.html"));

        var withDrafts = site.Build(drafts: true).AssertSuccess();
        Assert.True(withDrafts.Has("fr/actualites/draft/index.html"));
        Assert.True(withDrafts.Has("fr/actualites/future/index.html"));
    }
}
