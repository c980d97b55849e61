using StaticEvent.IO;
using StaticEvent.Tests.Cli;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

public sealed class AtomicOutputTests
{
    /// <summary>Reads through to disk, and cancels the build when it starts copying static files (pages are written by then).</summary>
    private sealed class CancellingSource(PhysicalFileSource inner, CancellationTokenSource cancel) : IFileSource
    {
        public IReadOnlyList<string> ListFiles(string directory) => inner.ListFiles(directory);

        public bool FileExists(string path) => inner.FileExists(path);

        public byte[] ReadAllBytes(string path)
        {
            if (path.Contains("/static/", StringComparison.Ordinal) || path.StartsWith("static/", StringComparison.Ordinal))
            {
                cancel.Cancel();
                cancel.Token.ThrowIfCancellationRequested();
            }

            return inner.ReadAllBytes(path);
        }
    }

    [Fact]
    public void ABuildCancelledMidwayLeavesThePreviousOutputIntact()
    {
        // Given a site built once
        using var folder = new TempDirectory();
        TestSite.WithBaseTheme("""
            -- static/style.css --
            body {}
            -- content/about.fr.md --
            ---
            title: Ancien titre
            ---
            """).WriteTo(folder.Path);
        var options = new BuildOptions { SourceDirectory = folder.Path, OutputDirectory = Path.Combine(folder.Path, "public") };
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var page = Path.Combine(folder.Path, "public", "fr", "about", "index.html");
        var before = File.ReadAllText(page);

        // When the next build is cancelled after writing its pages
        folder.Write("content/about.fr.md", "---\ntitle: Nouveau titre\n---\n");
        using var cancel = new CancellationTokenSource();
        var source = new CancellingSource(new PhysicalFileSource(folder.Path), cancel);
        Assert.ThrowsAny<OperationCanceledException>(() => SiteBuilder.Build(source, options, cancel.Token));

        // Then the previous output is untouched and no staging folder is left behind
        Assert.Equal(before, File.ReadAllText(page));
        Assert.Contains("Ancien titre", before, StringComparison.Ordinal);
        Assert.Equal([".staticevent", "content", "public", "site.yml", "static", "themes"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["public.lock"], Directory.EnumerateFileSystemEntries(Path.Combine(folder.Path, ".staticevent")).Select(Path.GetFileName));
    }
}
