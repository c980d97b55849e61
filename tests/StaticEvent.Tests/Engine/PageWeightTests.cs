using System.IO.Compression;
using AngleSharp.Html.Parser;
using StaticEvent.Tests.Support;
using Xunit.Abstractions;

namespace StaticEvent.Tests.Engine;

/// <summary>
/// Fast to load: every page of the default site, with the stylesheets and scripts it links, stays
/// under 100 KB gzipped (images excluded), which is a fraction of a second on a slow phone network.
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class PageWeightTests(DefaultSiteFixture site, ITestOutputHelper output)
{
    private const int Budget = 100 * 1024;
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void EveryPageWithItsCssAndJsIsUnder100KbGzipped()
    {
        var heaviest = (Path: string.Empty, Bytes: 0);
        foreach (var path in site.HtmlFiles())
        {
            var html = File.ReadAllBytes(Path.Combine(site.OutputDirectory, path));
            var page = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(html));
            var assets = page.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(u => u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal))
                .Select(u => Path.Combine(site.OutputDirectory, u[site.BasePath.Length..].Split('?')[0]))
                .ToList();
            Assert.All(assets, a => Assert.True(File.Exists(a), $"{path} links {a}, which was not written"));

            var bytes = Gzipped(html) + assets.Sum(a => Gzipped(File.ReadAllBytes(a)));
            Assert.True(bytes < Budget, $"{path}: {bytes / 1024.0:0.0} KB gzipped with its CSS and JS, over {Budget / 1024} KB");
            if (bytes > heaviest.Bytes)
            {
                heaviest = (path, bytes);
            }
        }

        output.WriteLine($"heaviest: {heaviest.Path}, {heaviest.Bytes / 1024.0:0.0} KB gzipped");
    }

    private static int Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (int)buffer.Length;
    }
}
