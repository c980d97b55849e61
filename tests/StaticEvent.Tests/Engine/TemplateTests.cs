using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

public sealed class TemplateTests
{
    [Fact]
    public void SiteLayoutsOverrideThemeLayoutsOfTheSameName()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- layouts/home.sbn --
            <h1 class="site-override">{{ page.title }}</h1>
            -- layouts/partials/note.sbn --
            <p class="note">site</p>
            -- themes/default/layouts/partials/note.sbn --
            <p class="note">theme</p>
            -- themes/default/layouts/page.sbn --
            <h1>{{ page.title }}</h1>{{ include "note" }}
            -- content/about.fr.md --
            ---
            title: À propos
            ---
            """).Build().AssertSuccess();

        Assert.NotNull(outcome.Html("fr/index.html").QuerySelector("h1.site-override"));
        Assert.Equal("site", outcome.Html("fr/about/index.html").QuerySelector("p.note")!.TextContent);
    }

    [Fact]
    public void SectionLayoutsComeBeforeGenericOnes()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- themes/default/layouts/news/article.sbn --
            <h1 class="news-layout">{{ page.title }}</h1>
            -- content/news/a.fr.md --
            ---
            title: A
            date: 2025-11-24
            ---
            """).Build().AssertSuccess();

        Assert.NotNull(outcome.Html("fr/actualites/a/index.html").QuerySelector("h1.news-layout"));
    }

    [Fact]
    public void TextFromFrontMatterIsEscapedAndMarkdownIsNot()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/about.fr.md --
            ---
            title: "<script>alert(1)</script>"
            ---
            **gras**
            """).Build().AssertSuccess();

        var html = outcome.Html("fr/about/index.html");
        Assert.Empty(html.QuerySelectorAll("main script"));
        Assert.Equal("<script>alert(1)</script>", html.QuerySelector("h1")!.TextContent);
        Assert.Equal("gras", html.QuerySelector("main strong")!.TextContent);
    }

    [Fact]
    public void PartialOutputIsNotEscapedTwice()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- themes/default/layouts/partials/title.sbn --
            <span class="t">{{ page.title }}</span>
            -- themes/default/layouts/page.sbn --
            <h1>{{ include "title" }}</h1>
            -- content/about.fr.md --
            ---
            title: A & B
            ---
            """).Build().AssertSuccess();

        Assert.Equal("A & B", outcome.Html("fr/about/index.html").QuerySelector("h1 span.t")!.TextContent);
    }

    [Fact]
    public void IncludesCannotLeaveThePartialsFolders()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- themes/default/layouts/page.sbn --
            {{ include "../../../../site.yml" }}
            -- content/about.fr.md --
            ---
            title: A
            ---
            """).Build();

        Assert.Contains(outcome.Errors, e => e.Code == Diagnostics.DiagnosticCodes.TemplateRuntime);
        Assert.False(outcome.Has("fr/about/index.html"));
    }

    [Fact]
    public void RenderingIsTheSameWithOneThreadOrMany()
    {
        var articles = string.Concat(Enumerable.Range(1, 30).Select(i => $"""
            -- content/news/a{i:00}.fr.md --
            ---
            title: Article {i:00}
            date: 2025-11-{(i % 28) + 1:00}
            tags: [t{i % 3}]
            ---
            Texte {i}.

            """));
        var site = TestSite.WithBaseTheme(articles);

        var one = site.Build(parallelism: 1).AssertSuccess().Output.Files;
        var many = site.Build(parallelism: 8).AssertSuccess().Output.Files;

        Assert.Equal(one.Keys.Order(), many.Keys.Order());
        foreach (var (path, bytes) in one)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(many[path]), $"{path} differs");
        }
    }
}
