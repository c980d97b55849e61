using System.Text;

namespace StaticEvent.Tests.Preview;

/// <summary>
/// SPEC §11, research/reliability.md §5.1–5.2: many requests while the site rebuilds all get a
/// whole, valid answer from one build, never a torn or empty one. Bounded: a fixed number of
/// requests to 127.0.0.1, and the test stops by itself.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Requests = 200;

    [Fact]
    public async Task ConcurrentRequestsDuringRebuildsAllGetACompleteResponseFromOneBuild()
    {
        // Given a server, and every version of the files it will have served
        using var site = new PreviewSite();
        await using var preview = await PreviewHarness.StartAsync(site);
        var versions = new List<IReadOnlyDictionary<string, byte[]>> { preview.Server.Current.Files };
        preview.Server.Built += (_, state) =>
        {
            lock (versions)
            {
                versions.Add(state.Files);
            }
        };
        string[] paths = ["/fr/", PreviewSite.ArticleUrl, "/css/site.css", "/fr/actualites/", "/ar/", "/sitemap.xml", "/fr/feed.xml", "/schedule.ics"];
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = preview.Server.Address, Timeout = PreviewHarness.Timeout };

        // When 200 requests are in flight while the article and the stylesheet change and the site rebuilds
        var original = site.Read(PreviewSite.Article);
        var style = site.Read(PreviewSite.Stylesheet);
        var rebuilds = Task.Run(async () =>
        {
            for (var i = 1; i <= 6; i++)
            {
                site.Write(PreviewSite.Article, original.Replace("Le premier paragraphe", $"Version {i}", StringComparison.Ordinal));
                site.Write(PreviewSite.Stylesheet, style.Replace("10, 20, 30", $"{i}, {i}, {i}", StringComparison.Ordinal));
                await preview.RebuildAsync();
            }
        });
        var requests = Enumerable.Range(0, Requests).Select(async i =>
        {
            await Task.Delay(i % 50);
            var path = paths[i % paths.Length];
            using var response = await client.GetAsync(path);
            return (Path: path, Status: (int)response.StatusCode, Length: response.Content.Headers.ContentLength, Body: await response.Content.ReadAsByteArrayAsync());
        }).ToList();
        var answers = await Task.WhenAll(requests);
        await rebuilds;

        // Then
        Assert.True(versions.Count >= 7, $"{versions.Count} versions");
        foreach (var answer in answers)
        {
            Assert.True(answer.Status == 200, $"{answer.Path} → {answer.Status}");
            Assert.Equal(answer.Body.Length, answer.Length);
            var key = answer.Path.EndsWith('/') ? answer.Path.TrimStart('/') + "index.html" : answer.Path.TrimStart('/');
            var body = key.EndsWith(".html", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(PreviewServerTests.StripLiveScript(Encoding.UTF8.GetString(answer.Body)))
                : answer.Body;
            Assert.True(versions.Any(v => v.TryGetValue(key, out var bytes) && bytes.AsSpan().SequenceEqual(body)), $"{answer.Path}: the body is from no build");
        }
    }
}
