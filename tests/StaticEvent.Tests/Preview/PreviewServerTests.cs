using System.Net;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Html.Parser;
using StaticEvent.Preview;

namespace StaticEvent.Tests.Preview;

/// <summary>
/// The preview server over HTTP on 127.0.0.1 (SPEC §9, §11; research/reliability.md §2.1–2.2, §5):
/// it serves the site and nothing else, whatever the path; it answers only to local names; pages
/// get the live-reload script, the build's files never do.
/// </summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly PreviewSite _site = new();
    private PreviewHarness _preview = null!;

    public async Task InitializeAsync() => _preview = await PreviewHarness.StartAsync(_site);

    public async Task DisposeAsync()
    {
        await _preview.DisposeAsync();
        _site.Dispose();
    }

    [Theory]
    [InlineData("/../site.yml")]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/site.yml")]
    [InlineData("/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/..%2fsite.yml")]
    [InlineData("/fr/..%2F..%2Fsite.yml")]
    [InlineData("/%5c..%5csite.yml")]
    [InlineData("/fr/..\\..\\site.yml")]
    [InlineData("/..\\site.yml")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/c:%5cwindows%5cwin.ini")]
    [InlineData("/%00")]
    [InlineData("/index.html%00.css")]
    [InlineData("/%252e%252e%252fsite.yml")]
    [InlineData("/%c0%ae%c0%ae/site.yml")]
    [InlineData("/fr/./../site.yml")]
    [InlineData("/..;/site.yml")]
    [InlineData("/site.yml")]
    [InlineData("/content/news/welcome.fr.md")]
    [InlineData("/.git/config")]
    [InlineData("/index.html::$DATA")]
    [InlineData("http://127.0.0.1/../site.yml")]
    public async Task TraversalAttemptsGet400Or404AndNeverAFile(string target)
    {
        // When
        var (status, _, body) = await RawHttp.SendAsync(_preview.Server.Address, "GET", target);

        // Then
        Assert.True(status is 400 or 404, $"{target} → {status}");
        var text = Encoding.UTF8.GetString(body);
        Assert.DoesNotContain("defaultLanguage", text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("premier paragraphe", text, StringComparison.Ordinal);

        // And the server is still up.
        Assert.Equal(200, (await RawHttp.SendAsync(_preview.Server.Address, "GET", "/fr/")).Status);
    }

    [Theory]
    [InlineData("/../site.yml")]
    [InlineData("/%2e%2e/site.yml")]
    [InlineData("/..%2fsite.yml")]
    [InlineData("/%5c..%5csite.yml")]
    [InlineData("/fr/..\\..\\site.yml")]
    [InlineData("//etc/passwd")]
    [InlineData("/%00")]
    public async Task EncodedAndDotSegmentTraversalIsRefusedWith400AndNoContent(string target)
    {
        var (status, head, body) = await RawHttp.SendAsync(_preview.Server.Address, "GET", target);

        Assert.Equal(400, status);
        Assert.Empty(body);
        Assert.DoesNotContain("Content-Type: text/html", head, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AHugeUrlIsRefusedAndTheServerStaysUp()
    {
        var (status, _, _) = await RawHttp.SendAsync(_preview.Server.Address, "GET", "/" + new string('a', 64 * 1024));

        Assert.Equal(414, status);
        Assert.Equal(200, (await RawHttp.SendAsync(_preview.Server.Address, "GET", "/fr/")).Status);
    }

    [Theory]
    [InlineData("/fr/", "text/html; charset=utf-8")]
    [InlineData("/fr/actualites/welcome/", "text/html; charset=utf-8")]
    [InlineData("/css/site.css", "text/css; charset=utf-8")]
    [InlineData("/sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("/robots.txt", "text/plain; charset=utf-8")]
    [InlineData("/schedule.ics", "text/calendar; charset=utf-8")]
    [InlineData("/schedule.json", "application/json; charset=utf-8")]
    [InlineData("/fr/feed.xml", "application/xml; charset=utf-8")]
    public async Task FilesAreServedWithTheirContentType(string path, string contentType)
    {
        using var response = await _preview.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task NonHtmlFilesAreServedByteForByte()
    {
        var state = _preview.Server.Current;

        var css = await _preview.Client.GetByteArrayAsync("/css/site.css");
        var ics = await _preview.Client.GetByteArrayAsync("/schedule.ics");

        Assert.Equal(state.Files["css/site.css"], css);
        Assert.Equal(state.Files["schedule.ics"], ics);
    }

    [Theory]
    [InlineData("/fr/nowhere/", "Page introuvable")]
    [InlineData("/fr/actualites/nowhere", "Page introuvable")]
    [InlineData("/ar/nowhere/", "الصفحة غير موجودة")]
    public async Task UnknownPathsGetTheNotFoundPageOfTheirLanguage(string path, string text)
    {
        using var response = await _preview.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(text, body, StringComparison.Ordinal);
        Assert.Contains(LiveScriptInjector.ScriptUrl, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPathsOutsideALanguageGetTheRootNotFoundPage()
    {
        using var response = await _preview.Client.GetAsync("/nowhere/at/all");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var expected = Encoding.UTF8.GetString(_preview.Server.Current.Files["404.html"]);
        Assert.Equal(expected, StripLiveScript(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task APathWithoutItsSlashIsRedirectedToThePage()
    {
        using var response = await _preview.Client.GetAsync("/fr/actualites/welcome?x=1");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/fr/actualites/welcome/?x=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ServedPagesCarryTheLiveScriptBeforeTheEndOfBody()
    {
        // When
        var html = await _preview.Client.GetStringAsync(PreviewSite.ArticleUrl);

        // Then
        var tag = $"<script src=\"/_staticevent/live.js\" data-build=\"{_preview.Server.Current.BuildId}\" defer></script></body>";
        Assert.Contains(tag, html, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(_preview.Server.Current.Files[PreviewSite.ArticleFile]), StripLiveScript(html));
        var script = await _preview.Client.GetAsync(LiveScriptInjector.ScriptUrl);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheBuildsOutputNeverCarriesTheLiveScript()
    {
        // The snapshot the server holds, and a build of the same files, as `build` writes them.
        var built = _site.BuildFresh().AssertSuccess();
        var snapshot = _preview.Server.Current.Files;

        Assert.NotEmpty(built.Output.Files);
        Assert.All(built.Output.Files, f => Assert.DoesNotContain("_staticevent", Encoding.UTF8.GetString(f.Value), StringComparison.Ordinal));
        Assert.All(snapshot, f => Assert.DoesNotContain("_staticevent", Encoding.UTF8.GetString(f.Value), StringComparison.Ordinal));
        Assert.Equal(built.Output.Files.Keys.Order(StringComparer.Ordinal), snapshot.Keys.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(_site.PathOf("public")), "the server wrote into the site folder");
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:80")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("localhost.evil.example")]
    public async Task ForeignHostHeadersAreRefused(string host)
    {
        var (status, _, body) = await RawHttp.SendAsync(_preview.Server.Address, "GET", "/fr/", host);

        Assert.Equal(403, status);
        Assert.Empty(body);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("LOCALHOST")]
    public async Task LocalHostHeadersAreServed(string host)
    {
        var (status, _, _) = await RawHttp.SendAsync(_preview.Server.Address, "GET", "/fr/", $"{host}:{_preview.Server.Address.Port}");

        Assert.Equal(200, status);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task OnlyGetAndHeadAreAllowed(string method)
    {
        using var response = await _preview.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/fr/"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task HeadAnswersWithTheHeadersOfGet()
    {
        using var head = await _preview.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/fr/"));
        var get = await _preview.Client.GetByteArrayAsync("/fr/");

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Length, head.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task FoldersAreNeverListed()
    {
        using var css = await _preview.Client.GetAsync("/css/");

        // Then the root 404 page, not a listing of css/
        Assert.Equal(HttpStatusCode.NotFound, css.StatusCode);
        var expected = Encoding.UTF8.GetString(_preview.Server.Current.Files["404.html"]);
        Assert.Equal(expected, StripLiveScript(await css.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task TheEventStreamRefusesForeignOrigins()
    {
        var foreign = new HttpRequestMessage(HttpMethod.Get, "/_staticevent/events?path=%2Ffr%2F");
        foreign.Headers.Add("Origin", "http://evil.example");
        var otherPort = new HttpRequestMessage(HttpMethod.Get, "/_staticevent/events?path=%2Ffr%2F");
        otherPort.Headers.Add("Origin", "http://127.0.0.1:1");

        using var foreignResponse = await _preview.Client.SendAsync(foreign, HttpCompletionOption.ResponseHeadersRead);
        using var otherPortResponse = await _preview.Client.SendAsync(otherPort, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Forbidden, foreignResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherPortResponse.StatusCode);
    }

    [Fact]
    public async Task TheEventStreamAcceptsItsOwnOrigin()
    {
        var own = new HttpRequestMessage(HttpMethod.Get, "/_staticevent/events?path=%2Ffr%2F");
        own.Headers.Add("Origin", $"http://localhost:{_preview.Server.Address.Port}");

        using var response = await _preview.Client.SendAsync(own, HttpCompletionOption.ResponseHeadersRead);
        using var events = new EventStream(response);
        var hello = await events.NextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("hello", hello.Name);
        Assert.Equal(_preview.Server.Current.BuildId, hello.Data.GetProperty("build").GetString());
    }

    [Fact]
    public async Task TheReviewPageListsDraftsAndTranslationsToDoWithLinks()
    {
        // When
        var html = await _preview.Client.GetStringAsync("/_review/");
        var document = new HtmlParser().ParseDocument(html);

        // Then
        var drafts = document.QuerySelector("section[aria-labelledby=drafts]")!;
        var draft = drafts.QuerySelectorAll("a").Single(a => a.TextContent == "Brouillon du discours");
        Assert.Equal("/fr/actualites/work-in-progress/", draft.GetAttribute("href"));
        var missing = document.QuerySelector("section[aria-labelledby=missing]")!;
        Assert.Contains(missing.QuerySelectorAll("a"), a => a.TextContent == "Seulement en français" && a.GetAttribute("href") == "/fr/actualites/only-french/");
        Assert.NotNull(document.QuerySelector("section[aria-labelledby=outdated]"));
        Assert.Contains(LiveScriptInjector.ScriptUrl, html, StringComparison.Ordinal);

        // And the draft itself is served.
        using var page = await _preview.Client.GetAsync("/fr/actualites/work-in-progress/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task TheReviewPageEscapesWhatTheSiteSays()
    {
        // Given a draft whose title is markup
        _site.Write("content/news/evil.fr.md", "---\ntitle: \"<img src=x onerror=alert(1)>\"\ndraft: true\n---\nx\n");
        await _preview.RebuildAsync();

        // When
        var html = await _preview.Client.GetStringAsync("/_review/");

        // Then
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondServerOnATakenPortMovesToAFreeOne()
    {
        // Given a port that is taken
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var taken = ((IPEndPoint)blocker.LocalEndpoint).Port;

        // When
        var log = new StringWriter();
        await using var server = await PreviewServer.StartAsync(
            new PreviewOptions { SourceDirectory = _site.Directory, Port = taken, Watch = false, MaxParallelism = 2 }, log);

        // Then
        Assert.NotEqual(taken, server.Address.Port);
        Assert.Equal("127.0.0.1", server.Address.Host);
        Assert.Contains($"Port {taken} is in use", log.ToString(), StringComparison.Ordinal);
    }

    internal static string StripLiveScript(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "<script src=\"/_staticevent/live\\.js\" data-build=\"[^\"]*\" defer></script>", string.Empty);
}
