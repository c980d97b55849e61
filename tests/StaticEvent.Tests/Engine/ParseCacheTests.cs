using StaticEvent.Tests.Cli;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

/// <summary>
/// A rebuild lists again only folders whose write time changed and parses only the content files
/// whose stamp changed, and still gives the bytes and diagnostics of a full build, whatever the
/// change: to a file, to the set of files, or to site.yml.
/// </summary>
public sealed class ParseCacheTests
{
    private const string Site = """
        -- content/news/_index.fr.md --
        ---
        title: Actualités
        ---
        -- content/news/one.fr.md --
        ---
        title: Un
        date: 2025-11-20T10:30
        tags: [alpha]
        ---
        Corps un. Voir [deux](two.fr.md).
        -- content/news/two.fr.md --
        ---
        title: Deux
        date: 2025-11-21
        ---
        Corps deux.
        -- content/news/one.ar.md --
        ---
        title: واحد
        date: 2025-11-20
        ---
        نص.
        -- content/about.fr.md --
        ---
        title: À propos
        ---
        Texte.
        """;

    private const int ContentFiles = 7;

    public static TheoryData<string, int> Changes => new()
    {
        { "edit", ContentFiles - 1 },
        { "same length", ContentFiles - 1 },
        { "add", ContentFiles },
        { "add in a new folder", ContentFiles },
        { "delete in a folder", ContentFiles - 1 },
        { "delete", ContentFiles - 1 },
        { "rename", ContentFiles - 1 },
        { "broken front matter", ContentFiles - 1 },
        { "time zone", 0 },
        { "section slug", 0 },
        { "language removed", 0 },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void ARebuildAfterAChangeEqualsAFullBuildAndReadsOnlyWhatChanged(string change, int reused)
    {
        // Given a site built once, its files old enough for their stamps to be trusted
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        IncrementalAssert.Age(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        Assert.True(builder.Build().Result.Succeeded);
        Assert.Equal(0, builder.LastParsesReused);

        // When
        Apply(folder, change);
        IncrementalAssert.SettleChangedFolders(folder.Path);
        var snapshot = builder.Build();

        // Then
        IncrementalAssert.SameAsFullBuild(folder.Path, snapshot, change);
        Assert.Equal(reused, builder.LastParsesReused);
    }

    [Fact]
    public void AFileRewrittenWithinTheStampStepIsReadAgainEvenWithTheSameStamp()
    {
        // Given a site built right after it was written: its stamps are too recent to be trusted
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        Assert.True(builder.Build().Result.Succeeded);

        // When the article is rewritten with the same length and, as on a coarse clock, the same write time
        var path = Path.Combine(folder.Path, "content/news/two.fr.md");
        var stamp = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("Corps deux.", "Corps DEUX.", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, stamp);
        var snapshot = builder.Build();

        // Then
        IncrementalAssert.SameAsFullBuild(folder.Path, snapshot, "rewritten within the stamp step");
        Assert.Contains("Corps DEUX.", System.Text.Encoding.UTF8.GetString(snapshot.Files["fr/actualites/two/index.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkWhoseTargetGoesAwayIsReportedAsAFullBuildReportsIt()
    {
        // Given a site whose article is a symbolic link to a file elsewhere in the site, built once
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        var target = folder.Write("notes/extra.fr.md", "---\ntitle: En plus\n---\nTexte.\n");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "content/news/extra.fr.md"), target);
        IncrementalAssert.Age(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        Assert.True(builder.Build().Result.Succeeded);

        // When the link's target is deleted, which changes no folder the link is in
        File.Delete(target);
        IncrementalAssert.SettleChangedFolders(folder.Path);
        var snapshot = builder.Build();

        // Then
        var result = IncrementalAssert.SameAsFullBuild(folder.Path, snapshot, "link target gone");
        Assert.Contains(result.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.SymlinkRefused);
    }

    private static void Apply(TempDirectory folder, string change)
    {
        string Read(string path) => File.ReadAllText(Path.Combine(folder.Path, path));
        void Replace(string path, string from, string to)
        {
            var text = Read(path);
            Assert.Contains(from, text, StringComparison.Ordinal);
            folder.Write(path, text.Replace(from, to, StringComparison.Ordinal));
        }

        switch (change)
        {
            case "edit":
                Replace("content/news/two.fr.md", "Corps deux.", "Corps deux, modifié et plus long.");
                break;
            case "same length":
                Replace("content/news/two.fr.md", "Corps deux.", "Corps DEUX.");
                break;
            case "add":
                folder.Write("content/news/three.fr.md", "---\ntitle: Trois\ndate: 2025-11-22\n---\nCorps trois.\n");
                break;
            case "add in a new folder":
                folder.Write("content/events/opening.fr.md", "---\ntitle: Ouverture\n---\nTexte.\n");
                break;
            case "delete in a folder":
                File.Delete(Path.Combine(folder.Path, "content/news/one.fr.md"));
                break;
            case "delete":
                File.Delete(Path.Combine(folder.Path, "content/about.fr.md"));
                break;
            case "rename":
                File.Move(Path.Combine(folder.Path, "content/about.fr.md"), Path.Combine(folder.Path, "content/a-propos.fr.md"));
                break;
            case "broken front matter":
                Replace("content/about.fr.md", "title: À propos", "title: [À propos");
                break;
            case "time zone":
                Replace("site.yml", "timeZone: Africa/Casablanca", "timeZone: Asia/Tokyo");
                break;
            case "section slug":
                Replace("site.yml", "news: actualites", "news: nouvelles");
                break;
            case "language removed":
                var siteYml = Read("site.yml");
                folder.Write("site.yml", siteYml[..siteYml.IndexOf("  - code: ar", StringComparison.Ordinal)] + siteYml[siteYml.IndexOf("menus:", StringComparison.Ordinal)..]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, "no such change");
        }
    }
}
