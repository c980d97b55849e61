using System.Text;
using StaticEvent.Diagnostics;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

/// <summary>Every error path reports the file, line and column, and one run reports all of them.</summary>
public sealed class ErrorReportingTests
{
    [Fact]
    public void UnknownKeyInSiteConfigIsReportedAtTheKey()
    {
        var outcome = TestSite.WithBaseTheme().With("site.yml", """
            baseUrl: https://example.org/
            titel: Oops
            languages:
              - code: fr
                name: Français
                title: Site
                colour: blue
            """).Build();

        outcome.AssertDiagnostic(DiagnosticCodes.UnknownKey, "site.yml", 2, 1);
        outcome.AssertDiagnostic(DiagnosticCodes.UnknownKey, "site.yml", 7, 5);
        Assert.False(outcome.Result.Succeeded);
    }

    [Fact]
    public void WrongTypesInSiteConfigAreReportedAtTheValue()
    {
        var outcome = TestSite.WithBaseTheme().With("site.yml", """
            baseUrl: not a url
            pageSize: ten
            timeZone: Mars/Olympus
            languages:
              - code: fr
                name: Français
                title: Site
                direction: sideways
                culture: xx-NOPE
            """).Build();

        outcome.AssertDiagnostic(DiagnosticCodes.InvalidValue, "site.yml", 1, 1);
        outcome.AssertDiagnostic(DiagnosticCodes.WrongType, "site.yml", 2, 11);
        outcome.AssertDiagnostic(DiagnosticCodes.InvalidValue, "site.yml", 3, 1);
        outcome.AssertDiagnostic(DiagnosticCodes.InvalidValue, "site.yml", 8, 5);
        outcome.AssertDiagnostic(DiagnosticCodes.InvalidValue, "site.yml", 9, 5);
    }

    [Fact]
    public void MissingSiteConfigIsAnError()
    {
        var outcome = TestSite.Parse("""
            -- content/_index.fr.md --
            ---
            title: x
            ---
            """).Build();

        Assert.Equal(DiagnosticCodes.ConfigMissing, Assert.Single(outcome.Errors).Code);
    }

    [Fact]
    public void FrontMatterYamlErrorsPointIntoTheFileNotTheBlock()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/about.fr.md --
            ---
            title: À propos
            tags: [a, b
            ---
            Texte.
            """).Build();

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal("content/about.fr.md", error.Location.Path);
        Assert.Equal(4, error.Location.Line);
    }

    [Theory]
    [InlineData("[x")]
    [InlineData("{x")]
    public void AnUnclosedFlowCollectionIsASyntaxErrorNotACrash(string value)
    {
        var outcome = TestSite.WithBaseTheme($"""
            -- content/about.fr.md --
            ---
            title: {value}
            ---
            Texte.
            """).Build();

        var error = Assert.Single(outcome.Errors);
        Assert.Equal((DiagnosticCodes.YamlSyntax, "content/about.fr.md"), (error.Code, error.Location.Path));
        Assert.InRange(error.Location.Line, 2, 4);
    }

    [Fact]
    public void EveryContentProblemIsReportedInOneRun()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/no-title.fr.md --
            ---
            slug: x
            ---
            -- content/bad-date.fr.md --
            ---
            title: Date
            date: 24/11/2025
            ---
            -- content/bad-type.fr.md --
            ---
            title: Poids
            weight: lourd
            draft: yes
            ---
            -- content/german.de.md --
            ---
            title: Deutsch
            ---
            -- content/no-front-matter.fr.md --
            Juste du texte.
            -- content/unclosed.fr.md --
            ---
            title: Ouvert
            -- content/bad-slug.fr.md --
            ---
            title: Slug
            slug: ../../etc
            ---
            -- content/alias.fr.md --
            ---
            title: Alias
            aliases: [../../outside]
            ---
            """).Build();

        outcome.AssertDiagnostic(DiagnosticCodes.MissingRequired, "content/no-title.fr.md", 2, 1);
        outcome.AssertDiagnostic(DiagnosticCodes.InvalidDate, "content/bad-date.fr.md", 3, 7);
        outcome.AssertDiagnostic(DiagnosticCodes.WrongType, "content/bad-type.fr.md", 3, 9);
        outcome.AssertDiagnostic(DiagnosticCodes.WrongType, "content/bad-type.fr.md", 4, 8);
        outcome.AssertDiagnostic(DiagnosticCodes.UnknownLanguage, "content/german.de.md", 0, 0);
        outcome.AssertDiagnostic(DiagnosticCodes.FrontMatterMissing, "content/no-front-matter.fr.md", 1, 1);
        outcome.AssertDiagnostic(DiagnosticCodes.FrontMatterUnterminated, "content/unclosed.fr.md", 1, 1);
        outcome.AssertDiagnostic(DiagnosticCodes.InvalidSlug, "content/bad-slug.fr.md", 3, 7);
        Assert.False(outcome.Result.Succeeded);
    }

    [Fact]
    public void AliasesThatWouldLeaveTheOutputFolderAreErrors()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/alias.fr.md --
            ---
            title: Alias
            aliases: [../../outside]
            ---
            """).Build();

        outcome.AssertDiagnostic(DiagnosticCodes.PathEscapesOutput, "content/alias.fr.md", 3, 11);
        Assert.DoesNotContain(outcome.Output.Files.Keys, k => k.Contains("outside", StringComparison.Ordinal));
    }

    [Fact]
    public void YamlAnchorsAndAliasesAreRefused()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/bomb.fr.md --
            ---
            title: &a Bombe
            summary: *a
            ---
            """).Build();

        outcome.AssertDiagnostic(DiagnosticCodes.YamlAlias, "content/bomb.fr.md", 2, 8);
    }

    [Fact]
    public void InvalidUtf8IsReportedWithItsPlace()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\n---\n")).ToArray();
        var outcome = TestSite.WithBaseTheme().With("content/latin1.fr.md", bytes).Build();

        var error = outcome.AssertDiagnostic(DiagnosticCodes.InvalidUtf8, "content/latin1.fr.md", 2, 11);
        Assert.Contains("0xE9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByteOrderMarkAndWindowsLineEndingsAreAccepted()
    {
        var text = "\uFEFF---\r\ntitle: Avec BOM\r\n---\r\nTexte.\r\n";
        var outcome = TestSite.WithBaseTheme().With("content/bom.fr.md", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text[1..])).ToArray()).Build().AssertSuccess();

        Assert.Equal("Avec BOM", outcome.Html("fr/bom/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void BrokenSourceLinksAreReportedAtTheLink()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/about.fr.md --
            ---
            title: À propos
            ---
            Premier paragraphe.

            Voir [ailleurs](missing.fr.md) et [ceci](javascript:alert(1)).
            """).Build();

        outcome.AssertDiagnostic(DiagnosticCodes.LinkTargetMissing, "content/about.fr.md", 6, 6);
        outcome.AssertDiagnostic(DiagnosticCodes.UnsafeLinkScheme, "content/about.fr.md", 6, 35);
    }

    [Fact]
    public void BrokenInternalLinksAndAnchorsInTheOutputAreErrors()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/about.fr.md --
            ---
            title: À propos
            ---
            ## Présent

            [absent](/fr/nulle-part/), [ancre](#absente), [bonne ancre](#présent), [accueil](/fr/#nope), [ailleurs](https://example.com/x).
            """).Build();

        var broken = outcome.Errors.Where(e => e.Location.Path == "content/about.fr.md").Select(e => (e.Code, e.Message)).ToList();
        Assert.Contains(broken, e => e.Code == DiagnosticCodes.BrokenLink && e.Message.Contains("/fr/nulle-part/", StringComparison.Ordinal));
        Assert.Contains(broken, e => e.Code == DiagnosticCodes.BrokenAnchor && e.Message.Contains("#absente", StringComparison.Ordinal));
        Assert.Contains(broken, e => e.Code == DiagnosticCodes.BrokenAnchor && e.Message.Contains("#nope", StringComparison.Ordinal));
        Assert.Equal(3, broken.Count);
    }

    [Fact]
    public void TwoPagesWithTheSameUrlAreAnErrorNamingBoth()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/one.fr.md --
            ---
            title: Un
            slug: same
            ---
            -- content/two.fr.md --
            ---
            title: Deux
            slug: same
            ---
            """).Build();

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(DiagnosticCodes.DuplicateUrl, error.Code);
        Assert.Contains("content/one.fr.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("content/two.fr.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStaticFileCannotReplaceAPage()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- static/fr/index.html --
            <p>not the home page</p>
            """).Build();

        outcome.AssertDiagnostic(DiagnosticCodes.DuplicateUrl, "static/fr/index.html", 0, 0);
        Assert.DoesNotContain("not the home page", outcome.Text("fr/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateSyntaxErrorsNameTheTemplateLineAndColumn()
    {
        var outcome = TestSite.WithBaseTheme().With("themes/default/layouts/home.sbn", "<h1>{{ page.title }}</h1>\n<p>{{ if }}</p>\n").Build();

        outcome.AssertDiagnostic(DiagnosticCodes.TemplateSyntax, "themes/default/layouts/home.sbn", 2, 10);
        Assert.All(outcome.Errors, e => Assert.Equal(DiagnosticCodes.TemplateSyntax, e.Code));
    }

    [Fact]
    public void TemplateRuntimeErrorsNameTheTemplateAndThePage()
    {
        var outcome = TestSite.WithBaseTheme().With("themes/default/layouts/home.sbn", "<h1>{{ page.title }}</h1>\n  {{ page.titel }}\n").Build();

        var error = outcome.AssertDiagnostic(DiagnosticCodes.TemplateRuntime, "themes/default/layouts/home.sbn", 2, 11);
        Assert.EndsWith("(and on 1 other page; first: content/_index.ar.md)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEndlessTemplateLoopStopsWithAnError()
    {
        var outcome = TestSite.WithBaseTheme().With("themes/default/layouts/home.sbn", "{{ while true }}x{{ end }}\n").Build();

        Assert.Contains(outcome.Errors, e => e.Code == DiagnosticCodes.TemplateRuntime && e.Location.Path == "themes/default/layouts/home.sbn");
    }

    [Fact]
    public void AMissingLayoutIsReportedWithTheFilesLookedFor()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/special.fr.md --
            ---
            title: Spécial
            layout: fancy
            ---
            """).Build();

        var error = outcome.AssertDiagnostic(DiagnosticCodes.LayoutNotFound, "content/special.fr.md", 3, 9);
        Assert.Contains("themes/default/layouts/fancy.sbn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInterfaceStringNoLanguageHasIsAnErrorAtTheCallAndNeverPrintedRaw()
    {
        var outcome = TestSite.WithBaseTheme().With("themes/default/layouts/home.sbn", "<h1>{{ t \"nope\" }}</h1>\n").Build();

        var error = outcome.AssertDiagnostic(DiagnosticCodes.MissingI18nKey, "themes/default/layouts/home.sbn", 1, 8);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
        Assert.False(outcome.Result.Succeeded);
    }

    [Fact]
    public void DiagnosticsPrintInTheEditorFormat()
    {
        var diagnostic = new Diagnostic("SE203", Severity.Error, new SourceLocation("content/a.fr.md", 3, 7), "bad date", "write 2025-11-24");

        Assert.Equal("content/a.fr.md:3:7: error SE203: bad date\n  hint: write 2025-11-24", diagnostic.ToString());
    }
}
