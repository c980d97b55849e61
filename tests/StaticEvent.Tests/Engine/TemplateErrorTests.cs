using StaticEvent.Diagnostics;
using StaticEvent.Tests.Cli;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

/// <summary>A template mistake is reported once, with what the template could have written instead.</summary>
public sealed class TemplateErrorTests
{
    private static readonly string Articles = string.Concat(Enumerable.Range(1, 12).Select(i => $"""
        -- content/news/a{i:00}.fr.md --
        ---
        title: Article {i}
        date: 2025-11-{i:00}
        ---
        Texte.

        """));

    [Fact]
    public void OneLayoutMistakeOnManyPagesIsOneErrorWithTheCountAndTheFirstPage()
    {
        // Given twelve articles rendered with a layout that has a typo
        var outcome = TestSite.WithBaseTheme(Articles).With("themes/default/layouts/article.sbn", "<h1>{{ page.titel }}</h1>\n").Build(parallelism: 4);

        // Then there is one error, at the typo, naming the first page by path and counting the others
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal(new SourceLocation("themes/default/layouts/article.sbn", 1, 13), error.Location);
        Assert.EndsWith(" (and on 11 other pages; first: content/news/a01.fr.md)", error.Message, StringComparison.Ordinal);
        Assert.Equal("content/news/a01.fr.md", error.Page);
        Assert.Equal(11, error.OtherPages);
        Assert.Equal(1, outcome.Result.ErrorCount);
    }

    [Fact]
    public void AMistakeOnOnePageNamesThatPage()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- layouts/odd.sbn --
            {{ page.nope }}
            -- content/odd.fr.md --
            ---
            title: Bizarre
            layout: odd
            ---
            """).Build();

        var error = Assert.Single(outcome.Errors);
        Assert.EndsWith(" (while rendering content/odd.fr.md)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.OtherPages);
    }

    [Fact]
    public void DifferentMistakesInOneLayoutStayApart()
    {
        var outcome = TestSite.WithBaseTheme(Articles)
            .With("themes/default/layouts/article.sbn", "{{ if page.title == \"Article 1\" }}{{ page.titel }}{{ else }}{{ page.summry }}{{ end }}\n")
            .Build();

        Assert.Equal(2, outcome.Errors.Count);
        Assert.Contains(outcome.Errors, e => e.Message.Contains("'titel'", StringComparison.Ordinal) && e.OtherPages == 0);
        Assert.Contains(outcome.Errors, e => e.Message.Contains("'summry'", StringComparison.Ordinal) && e.OtherPages == 10);
    }

    [Fact]
    public void AnUnknownMemberListsTheMembersAndTheClosestOne()
    {
        var outcome = TestSite.WithBaseTheme().With("themes/default/layouts/home.sbn", "<h1>{{ page.titel }}</h1>\n").Build();

        var error = outcome.AssertDiagnostic(DiagnosticCodes.TemplateRuntime, "themes/default/layouts/home.sbn", 1, 13);
        Assert.StartsWith("'titel' is not a member of 'page'; did you mean 'title'? members: kind, title, description, summary, content, url, ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownMemberOfANestedObjectNamesTheExpression()
    {
        var outcome = TestSite.WithBaseTheme().With("themes/default/layouts/home.sbn", "{{ for l in site.languages }}{{ l.nmae }}{{ end }}\n").Build();

        var error = Assert.Single(outcome.Errors);
        Assert.StartsWith("'nmae' is not a member of 'l'; did you mean 'name'? members: code, name, ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMemberFarFromEveryNameGetsTheListWithoutAGuess()
    {
        Assert.Equal("'zzz' is not a member of 'lang'; members: code, name", Rendering.UnknownMember.Message("zzz", "lang", ["code", "name"]));
        Assert.Equal("'x' is not a member of 'page.title', which has no members", Rendering.UnknownMember.Message("x", "page.title", []));
    }

    [Fact]
    public void MemberAccessThatExistsStillWorksAndSortingByAKeyIsUnchanged()
    {
        var outcome = TestSite.WithBaseTheme(Articles)
            .With("themes/default/layouts/list.sbn", "{{ for p in paginator.items | array.sort \"title\" }}<i>{{ p.title }}</i>{{ end }}\n")
            .Build()
            .AssertSuccess();

        Assert.Contains("<i>Article 10</i><i>Article 11</i><i>Article 12</i><i>Article 3</i>", outcome.Text("fr/actualites/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ThePreviewReportsALayoutMistakeAsAFullBuildDoes()
    {
        // Given a site the preview built once
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Articles).WriteTo(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        Assert.True(builder.Build().Result.Succeeded);

        // When the article layout gets a typo
        File.WriteAllText(Path.Combine(folder.Path, "themes/default/layouts/article.sbn"), "<h1>{{ page.titel }}</h1>\n");
        var snapshot = builder.Build();

        // Then the preview shows the one error a full build prints
        var result = IncrementalAssert.SameAsFullBuild(folder.Path, snapshot, "a layout typo");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(11, error.OtherPages);
    }
}
