using StaticEvent.Tests.Cli;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

/// <summary>
/// A list page depends on a listed page's body only if its render read it: every way a template
/// can reach a body is seen, so a rebuild after a body edit still equals a full build.
/// </summary>
public sealed class BodyReadTests
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
        ---
        Premier paragraphe un.

        Suite un.
        -- content/news/two.fr.md --
        ---
        title: Deux
        date: 2025-11-21
        ---
        Premier paragraphe deux.

        Suite deux.
        """;

    private const string EditedTwo = "---\ntitle: Deux\ndate: 2025-11-21\n---\nPremier paragraphe deux.\n\nSuite deux, modifiée.\n";

    /// <summary>List layouts and whether they show the listed pages' bodies.</summary>
    public static TheoryData<string, string, bool> Layouts => new()
    {
        { "titles and summaries only", "{{ for p in paginator.items }}{{ p.title }}: {{ p.summary }} {{ p.description }}{{ end }}", false },
        { "the content written", "{{ for p in paginator.items }}{{ p.content }}{{ end }}", true },
        { "the content through page.pages", "{{ for p in page.pages }}{{ p.content }}{{ end }}", true },
        { "the content through a filter", "{{ for p in paginator.items }}{{ p.content | html.strip | string.size }}{{ end }}", true },
        { "the content as text", "{{ for p in paginator.items }}{{ p.content | string.downcase | string.contains \"modifiée\" }}{{ end }}", true },
        { "the content's value member", "{{ for p in paginator.items }}{{ p.content.Value | string.size }}{{ end }}", true },
        { "the content compared", "{{ for p in paginator.items }}{{ if p.content == page.content }}same{{ else }}other{{ end }}{{ end }}", true },
        { "every member of each page", "{{ for p in paginator.items }}{{ for member in p }}{{ member }};{{ end }}{{ end }}", true },
        { "the member values", "{{ for p in paginator.items }}{{ (object.values p) | array.size }}{{ for v in (object.values p) }}{{ v | object.typeof }}{{ end }}{{ end }}", false },
        { "the content in a capture", "{{ for p in paginator.items }}{{ capture c }}{{ p.content }}{{ end }}{{ c | string.size }}{{ end }}", true },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void ABodyEditRendersAListAgainExactlyWhenItsLayoutReadsTheBody(string name, string layout, bool readsBodies)
    {
        // Given a site whose list layout is this one, built once by the incremental builder
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site + "\n-- themes/default/layouts/list.sbn --\n" + layout + "\n").WriteTo(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        var first = builder.Build().Result;
        Assert.True(first.Succeeded, name + ": " + string.Join("\n", first.Diagnostics));

        // When the second paragraph of a listed article changes (its summary stays the same)
        File.WriteAllText(Path.Combine(folder.Path, "content/news/two.fr.md"), EditedTwo);
        var snapshot = builder.Build();

        // Then the list is rendered again exactly when its layout read a body, and every file equals a full build's
        Assert.True(snapshot.Result.Succeeded, name + ": " + string.Join("\n", snapshot.Result.Diagnostics));
        Assert.Equal(readsBodies, builder.LastPagesRendered.Contains("fr/actualites/index.html"));
        Assert.Contains("fr/actualites/two/index.html", builder.LastPagesRendered);
        IncrementalAssert.SameAsFullBuild(folder.Path, snapshot, name);
    }

    [Fact]
    public void ADeletedPageWhoseBodyWasReadRendersTheReaderAgain()
    {
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme(Site + "\n-- themes/default/layouts/list.sbn --\n{{ for p in paginator.items }}{{ p.content }}{{ end }}\n").WriteTo(folder.Path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = folder.Path });
        Assert.True(builder.Build().Result.Succeeded);

        File.Delete(Path.Combine(folder.Path, "content/news/two.fr.md"));
        var snapshot = builder.Build();

        Assert.Contains("fr/actualites/index.html", builder.LastPagesRendered);
        IncrementalAssert.SameAsFullBuild(folder.Path, snapshot, "deleted");
    }
}
