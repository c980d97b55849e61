using StaticEvent.Tests.Cli;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

/// <summary>
/// The preview keeps the sitemap, feeds and redirects of the previous build while nothing they
/// show changed, and renders them again, to a full build's bytes, when something did.
/// </summary>
public sealed class IncrementalDocumentTests
{
    private const string Site = """
        -- content/news/_index.fr.md --
        ---
        title: Actualités
        ---
        -- content/news/one.fr.md --
        ---
        title: Un
        date: 2025-11-20
        aliases: [/fr/ancien-un/]
        ---
        Corps un.
        -- content/news/one.ar.md --
        ---
        title: واحد
        date: 2025-11-20
        ---
        نص.
        """;

    private const string OnePath = "content/news/one.fr.md";

    [Fact]
    public void ABodyEditRendersOnlyTheFeedThatShowsTheBody()
    {
        // Given a site built once by the incremental builder
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        Assert.True(builder.Build().Result.Succeeded);

        // When only the body of a French article changes
        File.WriteAllText(Path.Combine(folder.Path, OnePath), "---\ntitle: Un\ndate: 2025-11-20\naliases: [/fr/ancien-un/]\n---\nCorps un, modifié.\n");
        var snapshot = builder.Build();

        // Then the French feed (which carries the body) is rendered again; the sitemap, robots.txt,
        // the Arabic feed and the redirect are the previous build's, and all equal a full build's
        Assert.Equal(["feed:fr"], builder.LastDocumentsRendered);
        Assert.Contains("fr/feed.xml", snapshot.ChangedFiles);
        Assert.DoesNotContain("sitemap.xml", snapshot.ChangedFiles);
        IncrementalAssert.SameAsFullBuild(folder.Path, snapshot, "a body edit");
    }

    [Fact]
    public void ADateAndTitleEditRendersTheSitemapFeedAndRedirectAgain()
    {
        // Given a site built once by the incremental builder
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        Assert.True(builder.Build().Result.Succeeded);

        // When the article's date (the sitemap's lastmod) and title (the feed's and redirect's) change
        File.WriteAllText(Path.Combine(folder.Path, OnePath), "---\ntitle: Un bis\ndate: 2025-11-22\naliases: [/fr/ancien-un/]\n---\nCorps un.\n");
        var snapshot = builder.Build();

        // Then those three are rendered again, to the bytes of a full build
        Assert.Contains("sitemap.xml", builder.LastDocumentsRendered);
        Assert.Contains("feed:fr", builder.LastDocumentsRendered);
        Assert.Contains("redirect:fr/ancien-un/index.html", builder.LastDocumentsRendered);
        Assert.DoesNotContain("feed:ar", builder.LastDocumentsRendered);
        Assert.Contains("sitemap.xml", snapshot.ChangedFiles);
        Assert.Contains("fr/ancien-un/index.html", snapshot.ChangedFiles);
        IncrementalAssert.SameAsFullBuild(folder.Path, snapshot, "a date and title edit");
    }
}
