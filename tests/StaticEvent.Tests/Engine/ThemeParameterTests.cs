using StaticEvent.Diagnostics;
using StaticEvent.Tests.Infrastructure;
using StaticEvent.Themes;

namespace StaticEvent.Tests.Engine;

/// <summary>
/// The default theme's parameters (theme.yml): what the home page shows, the colours, band, motif
/// and emblem come from site.yml over documented defaults, and bad values are caught before rendering.
/// </summary>
public sealed class ThemeParameterTests
{
    private const string Site = """
        -- site.yml --
        baseUrl: https://example.org/
        defaultLanguage: sv
        timeZone: Europe/Stockholm
        buildDate: 2026-10-01T12:00:00+02:00
        languages:
          - code: sv
            name: Svenska
            title: Toppmötet
            sections: { blog: blogg }
        menus:
          main:
            - ref: about
            - ref: blog
        -- content/_index.sv.md --
        ---
        title: Start
        ---
        Välkommen.
        -- content/about.sv.md --
        ---
        title: Om mötet
        description: Vad mötet är och vem det är för.
        ---
        Om.
        -- content/blog/_index.sv.md --
        ---
        title: Blogg
        ---
        -- content/blog/forsta.sv.md --
        ---
        title: Första inlägget
        date: 2026-09-01
        ---
        Hej.
        -- content/press/pressmeddelande.sv.md --
        ---
        title: Pressmeddelande
        date: 2026-09-02
        ---
        Text.
        """;

    private static TestSite WithParams(string yaml) =>
        TestSite.Parse(Site.Replace("menus:\n", yaml + "menus:\n", StringComparison.Ordinal));

    [Fact]
    public void ANewSiteStartsNeutralWithNoEventsLookAndNoButtonsItDidNotAskFor()
    {
        var home = TestSite.Parse(Site).Build().AssertSuccess().Html("sv/index.html");

        Assert.Contains("--brand:#1f2937;", home.QuerySelector("head style")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#1f2937", home.QuerySelector("meta[name=theme-color]")!.GetAttribute("content"));
        Assert.NotNull(home.QuerySelector("header .band.band-stripe"));
        Assert.Null(home.QuerySelector(".band-zellige, .hero-khatam, .emblem"));
        Assert.Null(home.QuerySelector(".hero-actions, .cta-band"));
        // Every article, from any section, and no "all" link when no section is named.
        Assert.Equal(["Pressmeddelande", "Första inlägget"], home.QuerySelectorAll(".latest .card-grid h3").Select(h => h.TextContent.Trim()));
        Assert.Null(home.QuerySelector(".latest .more-link"));
    }

    [Fact]
    public void TheHomePageShowsTheMenusAndTheSectionSiteYmlNames()
    {
        var site = TestSite.Parse(Site.Replace("menus:\n", "params:\n  home:\n    latest: blog\n    latestCount: 1\nmenus:\n  actions:\n    - ref: blog\n    - ref: about\n  highlights:\n    - ref: about\n      description: { sv: Allt om mötet. }\n", StringComparison.Ordinal));
        var home = site.Build().AssertSuccess().Html("sv/index.html");

        var buttons = home.QuerySelectorAll(".hero-actions a").ToList();
        Assert.Equal(["Blogg", "Om mötet"], buttons.Select(a => a.TextContent));
        Assert.Equal(["/sv/blogg/", "/sv/about/"], buttons.Select(a => a.GetAttribute("href")));
        Assert.Contains("button-primary", buttons[0].ClassName, StringComparison.Ordinal);
        Assert.Contains("button-secondary", buttons[1].ClassName, StringComparison.Ordinal);
        Assert.Equal(["Första inlägget"], home.QuerySelectorAll(".latest .card-grid h3").Select(h => h.TextContent.Trim()));
        Assert.Equal("/sv/blogg/", home.QuerySelector(".latest .more-link")!.GetAttribute("href"));
        var card = Assert.Single(home.QuerySelectorAll(".cta-card"));
        Assert.Equal("Om mötet", card.QuerySelector(".cta-name")!.TextContent);
        Assert.Equal("Allt om mötet.", card.QuerySelector(".cta-text")!.TextContent);
    }

    [Fact]
    public void WithoutHighlightsTheCardsAreTheActionsWithThePagesOwnDescriptions()
    {
        var home = TestSite.Parse(Site.Replace("menus:\n", "menus:\n  actions:\n    - ref: about\n", StringComparison.Ordinal))
            .Build().AssertSuccess().Html("sv/index.html");

        var card = Assert.Single(home.QuerySelectorAll(".cta-card"));
        Assert.Equal("Vad mötet är och vem det är för.", card.QuerySelector(".cta-text")!.TextContent);
    }

    [Fact]
    public void TheSitesColoursBandMotifAndEmblemReachEveryPage()
    {
        var outcome = WithParams("params:\n  colors:\n    brand: \"#0b2545\"\n    accent: \"#e0b24f\"\n  band: zellige\n  motif: khatam\n  emblem: images/logo.svg\n")
            .With("static/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>\n")
            .Build().AssertSuccess();

        var home = outcome.Html("sv/index.html");
        var style = home.QuerySelector("head style")!.TextContent;
        Assert.Contains("--brand:#0b2545;", style, StringComparison.Ordinal);
        Assert.Contains("--accent:#e0b24f;", style, StringComparison.Ordinal);
        Assert.Contains("--link:#1d4ed8;", style, StringComparison.Ordinal); // not set: the theme's default
        Assert.NotNull(home.QuerySelector("header .band.band-zellige"));
        Assert.NotNull(home.QuerySelector("section.hero.hero-khatam"));
        var emblem = home.QuerySelector(".site-title img.emblem")!;
        Assert.Matches("^/images/logo\\.[0-9a-f]{10}\\.svg$", emblem.GetAttribute("src"));
        Assert.Equal(string.Empty, emblem.GetAttribute("alt"));
        Assert.NotNull(outcome.Html("sv/about/index.html").QuerySelector(".band-zellige"));
    }

    [Fact]
    public void AValueOfTheWrongKindIsAnErrorAtItsLineWithTheThemesDefault()
    {
        var outcome = WithParams("params:\n  colors:\n    brand: navy\n  home: blog\n  band: stripes\n").Build();

        var colour = outcome.AssertDiagnostic(DiagnosticCodes.ThemeParamMismatch, "site.yml", 12, 12);
        Assert.Equal("'params.colors.brand' must be a colour written #rrggbb or #rgb, found 'navy'", colour.Message);
        Assert.Contains("'#1f2937' (themes/default/theme.yml, line", colour.Hint, StringComparison.Ordinal);
        var home = outcome.AssertDiagnostic(DiagnosticCodes.ThemeParamMismatch, "site.yml", 13, 9);
        Assert.Equal("'params.home' must be a mapping, found 'blog'", home.Message);
        var band = outcome.AssertDiagnostic(DiagnosticCodes.InvalidValue, "site.yml", 14, 9);
        Assert.Equal("'params.band' must be one of none, stripe, zellige, found 'stripes'", band.Message);
        Assert.StartsWith("did you mean 'stripe'?", band.Hint, StringComparison.Ordinal);
        Assert.False(outcome.Has("sv/index.html"));
    }

    [Fact]
    public void ColoursThatFailWcagContrastAreWarnedAboutAtTheSitesValue()
    {
        var outcome = WithParams("params:\n  colors:\n    onBrand: \"#6b7280\"\n").Build().AssertSuccess();

        var warning = outcome.AssertDiagnostic(DiagnosticCodes.LowContrast, "site.yml", 12, 14);
        Assert.Equal("text in params.colors.onBrand (#6b7280) on params.colors.brand (#1f2937) has a contrast of 3.03:1; WCAG AA asks for 4.5:1", warning.Message);
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#fff", "#ffffff", 1.0)]
    [InlineData("#0b2545", "#e0b24f", 7.80)]
    [InlineData("#767676", "#ffffff", 4.54)]
    public void ContrastIsTheWcagRatio(string a, string b, double expected)
    {
        Assert.True(CssColor.TryParse(a, out var first));
        Assert.True(CssColor.TryParse(b, out var second));
        Assert.Equal(expected, CssColor.Contrast(first, second), 2);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#12345g")]
    [InlineData("#123;}")]
    [InlineData("")]
    public void OnlyHexColoursAreColours(string text) => Assert.False(CssColor.TryParse(text, out _));

    [Fact]
    public void TheDefaultColoursPassTheirOwnContrastChecks()
    {
        var outcome = TestSite.Parse(Site).Build().AssertSuccess();
        Assert.DoesNotContain(outcome.Result.Diagnostics, d => d.Code == DiagnosticCodes.LowContrast);
    }
}
