using StaticEvent.Diagnostics;
using StaticEvent.Tests.Cli;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

/// <summary>
/// A rebuild checks only the links whose result may have changed, and reports exactly what a
/// full check reports: a page kept from the previous build still gets its link to an anchor or
/// page that went away reported, and the report goes when the target comes back.
/// </summary>
public sealed class IncrementalLinkCheckTests
{
    private const string Site = """
        -- content/news/one.fr.md --
        ---
        title: Un
        date: 2025-11-20
        summary: Résumé un.
        ---
        Voir [les détails](two.fr.md#details) et [la page](/fr/about/).
        -- content/news/two.fr.md --
        ---
        title: Deux
        date: 2025-11-21
        summary: Résumé deux.
        ---
        ## Details

        Corps deux.
        -- content/news/three.fr.md --
        ---
        title: Trois
        date: 2025-11-22
        summary: Résumé trois.
        ---
        Corps trois.
        -- content/about.fr.md --
        ---
        title: À propos
        ---
        Texte.
        """;

    private const string One = "fr/actualites/one/index.html";

    [Fact]
    public void AnAnchorThatGoesAwayIsReportedOnTheCachedPageThatLinksToItAndTheReportGoesWhenItComesBack()
    {
        // Given
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        var first = builder.Build();
        Assert.True(first.Result.Succeeded, string.Join('\n', first.Result.Diagnostics));

        // When the heading the first article links to is renamed
        var two = Path.Combine(folder.Path, "content/news/two.fr.md");
        File.WriteAllText(two, File.ReadAllText(two).Replace("## Details", "## Autre chose", StringComparison.Ordinal));
        var broken = builder.Build();

        // Then the first article, not rendered again, has the broken anchor of a full build; the
        // second, the lists that show it and the first were checked again, not the whole site
        Assert.InRange(builder.LastLinksChecked, 2, first.Files.Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal)) - 1);
        var result = IncrementalAssert.SameAsFullBuild(folder.Path, broken, "anchor gone");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.BrokenAnchor, "content/news/one.fr.md"), (error.Code, error.Location.Path));

        // When it is renamed back
        File.WriteAllText(two, File.ReadAllText(two).Replace("## Autre chose", "## Details", StringComparison.Ordinal));
        var fixedUp = builder.Build();

        // Then
        IncrementalAssert.SameAsFullBuild(folder.Path, fixedUp, "anchor back");
        Assert.True(fixedUp.Result.Succeeded, string.Join('\n', fixedUp.Result.Diagnostics));
    }

    [Fact]
    public void APageThatGoesAwayIsReportedOnTheCachedPageThatLinksToItAndTheReportGoesWhenItComesBack()
    {
        // Given
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        Assert.True(builder.Build().Result.Succeeded);

        // When the page the first article links to by its address is deleted
        var about = Path.Combine(folder.Path, "content/about.fr.md");
        var text = File.ReadAllText(about);
        File.Delete(about);
        var broken = builder.Build();

        // Then
        var result = IncrementalAssert.SameAsFullBuild(folder.Path, broken, "page gone");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.BrokenLink, "content/news/one.fr.md"), (error.Code, error.Location.Path));

        // When it comes back
        File.WriteAllText(about, text);
        var fixedUp = builder.Build();

        // Then
        IncrementalAssert.SameAsFullBuild(folder.Path, fixedUp, "page back");
        Assert.True(fixedUp.Result.Succeeded, string.Join('\n', fixedUp.Result.Diagnostics));
    }

    [Fact]
    public void AnEditChecksOnlyThePagesThatWereRenderedAgainOrLinkToWhatChanged()
    {
        // Given
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        var first = builder.Build();
        var pages = first.Files.Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal));

        // When the third article's body changes (its ids stay the same)
        var three = Path.Combine(folder.Path, "content/news/three.fr.md");
        File.WriteAllText(three, File.ReadAllText(three).Replace("Corps trois.", "Corps trois, revu.", StringComparison.Ordinal));
        var snapshot = builder.Build();

        // Then only the pages rendered again are checked again
        IncrementalAssert.SameAsFullBuild(folder.Path, snapshot, "body edit");
        Assert.Equal(builder.LastCounts.Rendered, builder.LastLinksChecked);
        Assert.True(builder.LastLinksChecked < pages, $"{builder.LastLinksChecked} of {pages} pages checked again");
        Assert.DoesNotContain(One, snapshot.ChangedFiles);
    }
}
