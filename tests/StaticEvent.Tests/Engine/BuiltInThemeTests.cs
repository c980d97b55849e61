using StaticEvent.Diagnostics;
using StaticEvent.Tests.Infrastructure;
using StaticEvent.Themes;

namespace StaticEvent.Tests.Engine;

/// <summary>The theme built into the tool, and how a site's files override it one by one.</summary>
public sealed class BuiltInThemeTests
{
    private const string Site = """
        -- site.yml --
        baseUrl: https://example.org/
        defaultLanguage: de
        timeZone: Europe/Berlin
        buildDate: 2026-10-01T12:00:00+02:00
        languages:
          - code: de
            name: Deutsch
            title: Gipfel
          - code: pt-BR
            name: Português
            title: Cúpula
        -- content/_index.de.md --
        ---
        title: Start
        ---
        Willkommen.
        -- content/_index.pt-BR.md --
        ---
        title: Início
        ---
        Bem-vindo.
        """;

    [Fact]
    public void TheToolCarriesTheWholeDefaultTheme()
    {
        Assert.Contains("layouts/base.sbn", BuiltInTheme.Files.Keys);
        Assert.Contains("static/css/site.css", BuiltInTheme.Files.Keys);
        Assert.Contains("i18n/en.yml", BuiltInTheme.Files.Keys);
        var onDisk = Directory.GetFiles(Path.Combine(Support.Prerequisites.RepositoryRoot, "themes", "default"), "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Path.Combine(Support.Prerequisites.RepositoryRoot, "themes", "default"), p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, BuiltInTheme.Files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ASiteWithNoThemeFolderBuildsWithTheBuiltInTheme()
    {
        var outcome = TestSite.Parse(Site).Build().AssertSuccess();

        var home = outcome.Html("de/index.html");
        Assert.Equal("de", home.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(home.QuerySelector("header.site-header"));
        Assert.True(outcome.Has("css/site.css"));
        Assert.Equal("Zum Hauptinhalt springen", home.QuerySelector("a.skip-link")!.TextContent.Trim());
    }

    [Fact]
    public void TheSitesOwnFilesOverrideTheThemeOneByOne()
    {
        var outcome = TestSite.Parse(Site)
            .With("layouts/partials/footer.sbn", "<footer class=\"mine\">{{ t \"nav.home\" }}</footer>\n")
            .With("i18n/de.yml", "nav:\n  home: \"Startseite des Gipfels\"\n")
            .With("static/css/site.css", "body { color: red }\n")
            .Build().AssertSuccess();

        var home = outcome.Html("de/index.html");
        Assert.Equal("Startseite des Gipfels", home.QuerySelector("footer.mine")!.TextContent);
        Assert.NotNull(home.QuerySelector("header.site-header"));
        Assert.Equal("body { color: red }\n", outcome.Text("css/site.css"));
        Assert.True(outcome.Has("js/programme.js"));
    }

    [Fact]
    public void AStringFoundOnlyInAnotherLanguageIsShownAndWarnedAboutWithTheFileToAddItTo()
    {
        var outcome = TestSite.Parse(Site)
            .With("layouts/partials/footer.sbn", "<footer>{{ t \"extra.note\" }}</footer>\n")
            .With("i18n/de.yml", "extra:\n  note: \"Nur auf Deutsch\"\n")
            .Build().AssertSuccess();

        Assert.Equal("Nur auf Deutsch", outcome.Html("pt-BR/index.html").QuerySelector("footer")!.TextContent);
        var warning = Assert.Single(outcome.Result.Diagnostics, d => d.Code == DiagnosticCodes.I18nFallback);
        Assert.Contains("'extra.note'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'pt-BR'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'de'", warning.Message, StringComparison.Ordinal);
        Assert.Equal("add 'extra.note' to i18n/pt-BR.yml", warning.Hint);
    }

    [Fact]
    public void ALanguageFindsItsStringsAlongItsChainAndFileNamesMatchWhateverTheirCase()
    {
        var outcome = TestSite.Parse(Site)
            .With("layouts/partials/footer.sbn", "<footer><b>{{ t \"extra.a\" }}</b><i>{{ t \"extra.b\" }}</i></footer>\n")
            .With("i18n/PT-br.yml", "extra:\n  a: \"Brasileiro\"\n")
            .With("i18n/pt.yml", "extra:\n  a: \"Europeu\"\n  b: \"Português\"\n")
            .With("i18n/de.yml", "extra:\n  a: \"Deutsch\"\n  b: \"Deutsch\"\n")
            .Build().AssertSuccess();

        var footer = outcome.Html("pt-BR/index.html").QuerySelector("footer")!;
        Assert.Equal("Brasileiro", footer.QuerySelector("b")!.TextContent);
        Assert.Equal("Português", footer.QuerySelector("i")!.TextContent);
        Assert.DoesNotContain(outcome.Result.Diagnostics, d => d.Code is DiagnosticCodes.I18nFallback or DiagnosticCodes.I18nFileUnused);
    }

    [Fact]
    public void ASiteI18nFileNoLanguageReadsIsAWarning()
    {
        var outcome = TestSite.Parse(Site).With("i18n/pt_BR.yml", "nav:\n  home: \"Início\"\n").Build().AssertSuccess();

        var warning = outcome.AssertDiagnostic(DiagnosticCodes.I18nFileUnused, "i18n/pt_BR.yml", 0, 0);
        Assert.Contains("de, pt-BR", warning.Hint, StringComparison.Ordinal);
    }
}
