namespace StaticEvent.Tests.Support;

/// <summary>The test server behaves like a plain static host, or the browser tests would lie.</summary>
public sealed class StaticFileServerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("staticevent-server-").FullName;

    public StaticFileServerTests()
    {
        Write("index.html", "<p>root</p>");
        Write("404.html", "<p>root 404</p>");
        Write("fr/index.html", "<p>fr home</p>");
        Write("fr/404.html", "<p>fr 404</p>");
        Write("fr/style.css", "p { color: red; }");
        Write("fr/schedule.ics", "BEGIN:VCALENDAR");
    }

    [Theory]
    [InlineData("/", "/", 200, "text/html", "root")]
    [InlineData("/", "/fr/", 200, "text/html", "fr home")]
    [InlineData("/", "/fr", 200, "text/html", "fr home")]
    [InlineData("/", "/fr/style.css", 200, "text/css", "color: red")]
    [InlineData("/", "/fr/schedule.ics", 200, "text/calendar", "BEGIN:VCALENDAR")]
    [InlineData("/", "/fr/missing/", 404, "text/html", "fr 404")]
    [InlineData("/", "/xx/missing", 404, "text/html", "root 404")]
    [InlineData("/ga93/", "/ga93/fr/", 200, "text/html", "fr home")]
    [InlineData("/ga93/", "/ga93/fr/nope", 404, "text/html", "fr 404")]
    [InlineData("/ga93/", "/fr/", 404, "text/html", "fr 404")]
    public async Task ServesFilesAndLanguage404Pages(string basePath, string path, int status, string contentType, string body)
    {
        // Given
        await using var server = await StaticFileServer.StartAsync(_root, basePath);
        using var client = new HttpClient();

        // When
        using var response = await client.GetAsync(new Uri(server.BaseAddress, path));

        // Then
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(body, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
