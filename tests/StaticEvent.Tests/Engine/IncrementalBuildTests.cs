using StaticEvent.IO;
using StaticEvent.Output;
using StaticEvent.Tests.Cli;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

/// <summary>A rebuild that renders only what changed gives exactly the bytes of a full build.</summary>
public sealed class IncrementalBuildTests
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
        summary: Résumé un.
        tags: [alpha]
        ---
        Corps un. Voir [deux](two.fr.md).
        -- content/news/two.fr.md --
        ---
        title: Deux
        date: 2025-11-21
        summary: Résumé deux.
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
        Texte. [Nous écrire](contact.fr.md).
        -- content/contact.fr.md --
        ---
        title: Contact
        ---
        Écrire.
        -- themes/default/layouts/list.sbn --
        <h1>{{ page.title }}</h1>{{ for p in paginator.items }}<article><a href="{{ p.url }}">{{ p.title }}</a>{{ p.content }}</article>{{ end }}
        -- themes/default/layouts/article.sbn --
        <h1>{{ page.title }}</h1>{{ page.content }}<ul>{{ for p in site.sections.news.pages }}<li>{{ p.title }}: {{ p.summary }}</li>{{ end }}</ul>{{ for t in page.tags }}<a href="{{ t.url }}">{{ t.name }}</a>{{ end }}
        """;

    public static TheoryData<string, string, string?> Changes => new()
    {
        { "an article body", "content/news/two.fr.md", "---\ntitle: Deux\ndate: 2025-11-21\nsummary: Résumé deux.\n---\nCorps deux, modifié.\n" },
        { "an article title", "content/news/two.fr.md", "---\ntitle: Deux bis\ndate: 2025-11-21\nsummary: Résumé deux.\n---\nCorps deux.\n" },
        { "a new page", "content/news/three.fr.md", "---\ntitle: Trois\ndate: 2025-11-22\n---\nCorps trois.\n" },
        { "a deleted page", "content/about.fr.md", null },
        { "the slug of a page another page's body links to", "content/contact.fr.md", "---\ntitle: Contact\nslug: joindre\n---\nÉcrire.\n" },
        { "a template", "themes/default/layouts/page.sbn", "<h1 class=\"changed\">{{ page.title }}</h1>{{ page.content }}\n" },
        { "an interface string", "themes/default/i18n/fr.yml", "notfound: Introuvable\n" },
        { "site.yml", "site.yml", TestSite.BaseTheme.Split("-- site.yml --\n")[1].Split("\n-- ")[0].Replace("BASEURL", "https://example.org/", StringComparison.Ordinal).Replace("MENUREF", "_index", StringComparison.Ordinal) + "\npageSize: 1\n" },
        { "a stylesheet", "static/css/site.css", "body { color: navy }\n" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void ARebuildAfterAChangeEqualsAFullBuild(string change, string path, string? text)
    {
        // Given a site built once by the incremental builder
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        Assert.True(builder.Build().Result.Succeeded);

        // When one file changes and it builds again
        var full = Path.Combine(folder.Path, path);
        if (text is null)
        {
            File.Delete(full);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        var snapshot = builder.Build();

        // Then the files are those of a fresh full build, and the changed set is exactly the difference
        var fresh = new MemoryOutputSink();
        var result = SiteBuilder.Build(new PhysicalFileSource(folder.Path), fresh, new BuildOptions { SourceDirectory = folder.Path });
        Assert.True(result.Succeeded, change + ": " + string.Join("\n", result.Diagnostics));
        Assert.Equal(fresh.Files.Keys.Order(StringComparer.Ordinal), snapshot.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, bytes) in fresh.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(snapshot.Files[file]), $"{change}: {file} differs from a full build");
        }

        Assert.Equal(result.Diagnostics.Select(d => d.ToString()), snapshot.Result.Diagnostics.Select(d => d.ToString()));
        Assert.NotEmpty(snapshot.ChangedFiles);
    }

    [Fact]
    public void ABodyEditRendersOnlyThePagesThatShowTheBody()
    {
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        builder.Build();

        File.WriteAllText(Path.Combine(folder.Path, "content/news/two.fr.md"), "---\ntitle: Deux\ndate: 2025-11-21\nsummary: Résumé deux.\n---\nCorps deux, modifié.\n");
        var snapshot = builder.Build();

        // The article and the news list (whose layout writes each item's content) show the body;
        // the home lists the article too, but shows only its own content.
        Assert.Equal(["fr/actualites/index.html", "fr/actualites/two/index.html"], builder.LastPagesRendered.Order(StringComparer.Ordinal));
        Assert.True(builder.LastCounts.Reused > 5);
        Assert.Contains("fr/actualites/two/index.html", snapshot.ChangedFiles);
        Assert.DoesNotContain("fr/about/index.html", snapshot.ChangedFiles);
    }

    [Fact]
    public void WithoutABuildDateTheSessionKeepsOneNowAndRebuildsStillReusePages()
    {
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        var siteYml = Path.Combine(folder.Path, "site.yml");
        File.WriteAllLines(siteYml, File.ReadAllLines(siteYml).Where(l => !l.StartsWith("buildDate:", StringComparison.Ordinal)));
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        builder.Build();
        Thread.Sleep(1100);

        File.WriteAllText(Path.Combine(folder.Path, "content/news/two.fr.md"), "---\ntitle: Deux\ndate: 2025-11-21\nsummary: Résumé deux.\n---\nCorps deux, modifié.\n");
        builder.Build();

        // A clock read at each build would change every page's fingerprint a second later.
        Assert.Equal(2, builder.LastCounts.Rendered);
        Assert.True(builder.LastCounts.Reused > 5);
    }

    [Fact]
    public void FilesAWatcherSawUnchangedAreNotCheckedAndTheOnesItNamesAre()
    {
        // Given a site built once, whose files were written long enough ago to be settled
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        IncrementalAssert.Age(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        Assert.True(builder.Build().Result.Succeeded);

        // When one article changes on disk, but the watcher's list names only another file
        var two = Path.Combine(folder.Path, "content/news/two.fr.md");
        File.WriteAllText(two, "---\ntitle: Deux\ndate: 2025-11-21\nsummary: Résumé deux.\n---\nCorps deux, modifié.\n");
        var stale = builder.Build(changedPaths: new HashSet<string> { "content/news/one.fr.md" });

        // Then the article is taken over as it was (no stat), and once it is named it is read again
        Assert.DoesNotContain("modifié", System.Text.Encoding.UTF8.GetString(stale.Files["fr/actualites/two/index.html"]), StringComparison.Ordinal);
        var named = builder.Build(changedPaths: new HashSet<string> { "content/news/two.fr.md" });
        Assert.Contains("modifié", System.Text.Encoding.UTF8.GetString(named.Files["fr/actualites/two/index.html"]), StringComparison.Ordinal);

        // And without a list (events lost), every file's stamp is checked
        File.WriteAllText(two, "---\ntitle: Deux\ndate: 2025-11-21\nsummary: Résumé deux.\n---\nCorps deux, encore.\n");
        var unknown = builder.Build(changedPaths: null);
        Assert.Contains("encore", System.Text.Encoding.UTF8.GetString(unknown.Files["fr/actualites/two/index.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public void AFailedRebuildKeepsTheLastGoodFiles()
    {
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site).WriteTo(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        var good = builder.Build();

        File.WriteAllText(Path.Combine(folder.Path, "content/about.fr.md"), "---\ntitle: [broken\n---\n");
        var failed = builder.Build();

        Assert.False(failed.Result.Succeeded);
        Assert.Same(good.Files, failed.Files);
        Assert.Empty(failed.ChangedFiles);
    }
}
