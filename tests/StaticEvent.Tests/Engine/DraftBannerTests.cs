using StaticEvent.IO;
using StaticEvent.Output;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Engine;

/// <summary>With --drafts (and in the preview), the default theme marks drafts and future pages.</summary>
public sealed class DraftBannerTests
{
    [Fact]
    public void DraftsAndFuturePagesShowABannerInTheDefaultTheme()
    {
        // Given the default site with a draft and a future article added in memory
        var source = new OverlaySource(new PhysicalFileSource(Prerequisites.RepositoryRoot))
            .With("content/news/brouillon.fr.md", "---\ntitle: Brouillon\ndate: 2025-11-20\ndraft: true\n---\nTexte.\n")
            .With("content/news/plus-tard.fr.md", "---\ntitle: Plus tard\ndate: 2026-03-01T10:00\n---\nTexte.\n");
        var sink = new MemoryOutputSink();

        // When it is built with drafts
        var result = SiteBuilder.Build(source, sink, new BuildOptions { SourceDirectory = Prerequisites.RepositoryRoot, IncludeDrafts = true });

        // Then both carry a banner, and a published article does not
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("class=\"draft-banner\"", sink.Text("fr/actualites/brouillon/index.html"), StringComparison.Ordinal);
        Assert.Contains("1 mars 2026", sink.Text("fr/actualites/plus-tard/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("draft-banner", sink.Text("fr/actualites/journee-d-ouverture/index.html"), StringComparison.Ordinal);
    }

    /// <summary>The repository's files with a few added in memory.</summary>
    private sealed class OverlaySource(IFileSource inner) : IFileSource
    {
        private readonly MemoryFileSource _extra = new();

        public OverlaySource With(string path, string text)
        {
            _extra.Add(path, text);
            return this;
        }

        public IReadOnlyList<string> ListFiles(string directory) =>
            inner.ListFiles(directory).Concat(_extra.ListFiles(directory)).Distinct().Order(StringComparer.Ordinal).ToList();

        public bool FileExists(string path) => _extra.FileExists(path) || inner.FileExists(path);

        public byte[] ReadAllBytes(string path) => _extra.FileExists(path) ? _extra.ReadAllBytes(path) : inner.ReadAllBytes(path);
    }
}
