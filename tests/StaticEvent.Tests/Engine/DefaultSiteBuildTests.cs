using AngleSharp.Html.Parser;
using StaticEvent.IO;
using StaticEvent.Output;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Engine;

/// <summary>The repository's own site builds cleanly, in four languages, the same way every time.</summary>
public sealed class DefaultSiteBuildTests
{
    private static (BuildResult Result, MemoryOutputSink Output) BuildDefaultSite(int parallelism, bool reversed = false)
    {
        var sink = new MemoryOutputSink();
        var options = new BuildOptions { SourceDirectory = Prerequisites.RepositoryRoot, MaxParallelism = parallelism };
        IFileSource source = new PhysicalFileSource(Prerequisites.RepositoryRoot);
        var result = SiteBuilder.Build(reversed ? new ReversedSource(source) : source, sink, options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, sink);
    }

    [Fact]
    public void TheDefaultSiteBuildsWithoutErrorsOrWarningsInFourLanguages()
    {
        var (result, output) = BuildDefaultSite(Environment.ProcessorCount);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["fr", "en", "ar", "es"], result.PagesPerLanguage.Keys);
        foreach (var path in new[] { "index.html", "404.html", "sitemap.xml", "robots.txt", "fr/index.html", "en/index.html", "ar/index.html", "es/index.html", "fr/feed.xml", "en/feed.xml", "ar/feed.xml", "es/feed.xml" })
        {
            Assert.True(output.Files.ContainsKey(path), $"{path} is missing");
        }

        var arabic = new HtmlParser().ParseDocument(output.Text("ar/index.html"));
        Assert.Equal(("ar", "rtl"), (arabic.DocumentElement.GetAttribute("lang"), arabic.DocumentElement.GetAttribute("dir")));
    }

    [Fact]
    public void TwoBuildsInDifferentFileOrdersAndParallelismAreByteIdentical()
    {
        var one = BuildDefaultSite(1).Output.Files;
        var many = BuildDefaultSite(4, reversed: true).Output.Files;

        Assert.Equal(one.Keys.Order(StringComparer.Ordinal), many.Keys.Order(StringComparer.Ordinal));
        Assert.All(one, file => Assert.True(file.Value.AsSpan().SequenceEqual(many[file.Key]), $"{file.Key} differs"));
        Assert.Equal(
            one.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Value))),
            many.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Value))));
    }

    /// <summary>Lists files in the opposite order, as another file system might.</summary>
    private sealed class ReversedSource(IFileSource inner) : IFileSource
    {
        public IReadOnlyList<string> ListFiles(string directory) => inner.ListFiles(directory).Reverse().ToList();

        public bool FileExists(string path) => inner.FileExists(path);

        public byte[] ReadAllBytes(string path) => inner.ReadAllBytes(path);
    }
}
