using System.Xml.Linq;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

public sealed class OutputDocumentTests
{
    private const string Articles = """
        -- content/news/one.fr.md --
        ---
        title: Premier & dernier
        date: 2025-11-24T10:30:00+01:00
        summary: Le résumé.
        aliases: [/fr/ancien/]
        ---
        Corps **gras**.
        -- content/news/one.ar.md --
        ---
        title: الأول
        date: 2025-11-24T10:30:00+01:00
        ---
        نص.
        -- static/robots-extra.txt --
        extra
        -- themes/default/static/css/site.css --
        body{}
        -- static/css/site.css --
        body{color:black}
        """;

    [Fact]
    public void SitemapListsPagesWithHreflangAlternatesAndXDefault()
    {
        var outcome = TestSite.WithBaseTheme(Articles).Build().AssertSuccess();

        var sitemap = XDocument.Parse(outcome.Text("sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var entry = sitemap.Descendants(sm + "url").Single(u => u.Element(sm + "loc")!.Value == "https://example.org/fr/actualites/one/");
        var alternates = entry.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("https://example.org/ar/akhbar/one/", alternates["ar"]);
        Assert.Equal("https://example.org/fr/actualites/one/", alternates["fr"]);
        Assert.Equal("https://example.org/fr/actualites/one/", alternates["x-default"]);
    }

    [Fact]
    public void EachLanguageHasAnAtomFeedOfItsArticles()
    {
        var outcome = TestSite.WithBaseTheme(Articles).Build().AssertSuccess();

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(outcome.Text("fr/feed.xml"));
        Assert.Equal("fr", feed.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        var entry = Assert.Single(feed.Root.Elements(atom + "entry"));
        Assert.Equal("Premier & dernier", entry.Element(atom + "title")!.Value);
        Assert.Equal("https://example.org/fr/actualites/one/", entry.Element(atom + "id")!.Value);
        Assert.Equal("2025-11-24T10:30:00+01:00", entry.Element(atom + "published")!.Value);
        Assert.Contains("<strong>gras</strong>", entry.Element(atom + "content")!.Value, StringComparison.Ordinal);
        Assert.Single(XDocument.Parse(outcome.Text("ar/feed.xml")).Root!.Elements(atom + "entry"));
    }

    [Fact]
    public void AliasesBecomeRedirectPagesToTheNewAddress()
    {
        var outcome = TestSite.WithBaseTheme(Articles).Build().AssertSuccess();

        var html = outcome.Html("fr/ancien/index.html");
        Assert.Equal("https://example.org/fr/actualites/one/", html.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("0; url=https://example.org/fr/actualites/one/", html.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
    }

    [Fact]
    public void RobotsPointsToTheSitemap()
    {
        var outcome = TestSite.WithBaseTheme(Articles).Build().AssertSuccess();

        Assert.Contains("Sitemap: https://example.org/sitemap.xml", outcome.Text("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void StaticFilesAreCopiedAndTheSiteWinsOverTheTheme()
    {
        var outcome = TestSite.WithBaseTheme(Articles).Build().AssertSuccess();

        Assert.Equal("body{color:black}\n", outcome.Text("css/site.css"));
        Assert.Equal("extra\n", outcome.Text("robots-extra.txt"));
    }

    [Fact]
    public void TheRootOffersEveryLanguage()
    {
        var outcome = TestSite.WithBaseTheme(Articles).Build().AssertSuccess();

        var links = outcome.Html("index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/fr/", "/ar/"], links);
    }
}
