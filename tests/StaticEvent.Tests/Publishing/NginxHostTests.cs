using System.Globalization;
using System.Net;
using StaticEvent.Publishing;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Publishing;

/// <summary>
/// The nginx configuration the build writes (<c>hosting: configs: [nginx]</c>), served by Debian's
/// nginx on 127.0.0.1 over the built default site, with <c>--compress</c> and one alias added.
/// Only <c>listen</c> is changed, as docs/publishing.md tells a user to.
/// </summary>
public sealed class NginxHostTests : IClassFixture<NginxHostTests.Server>
{
    private readonly Server _server;

    public NginxHostTests(Server server)
    {
        _server = server;
    }

    [RequiresFact(Tool.Nginx)]
    public async Task RootSendsAnArabicReaderToTheArabicSite()
    {
        using var response = await _server.GetAsync("/", ("Accept-Language", "ar-MA,ar;q=0.9,fr;q=0.5"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/ar/", response.Headers.Location?.OriginalString);

        using var french = await _server.GetAsync("/", ("Accept-Language", "de-DE,de;q=0.9,fr;q=0.7"));
        Assert.Equal("/fr/", french.Headers.Location?.OriginalString);

        using var none = await _server.GetAsync("/", ("Accept-Language", "de-DE"));
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("language-cards", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [RequiresFact(Tool.Nginx)]
    public async Task MissingSpanishPageGetsTheSpanish404WithStatus404()
    {
        using var response = await _server.GetAsync("/es/nada/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"es\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var root = await _server.GetAsync("/nothing-here/");
        Assert.Equal(HttpStatusCode.NotFound, root.StatusCode);
        Assert.Contains("<html lang=\"fr\"", await root.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [RequiresFact(Tool.Nginx)]
    public async Task AliasAnswers301ToItsTarget()
    {
        using var response = await _server.GetAsync("/en/old-notice/");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/news/deploy-test/", response.Headers.Location?.OriginalString);
    }

    [RequiresFact(Tool.Nginx)]
    public async Task FingerprintedAssetsAreImmutableAndPagesShort()
    {
        var stylesheet = Directory.EnumerateFiles(Path.Combine(_server.Site.Output, "css"), "*.css").Select(Path.GetFileName).Single(n => CachePolicy.FingerprintIn(n!) is not null);
        using var asset = await _server.GetAsync("/css/" + stylesheet);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Equal("text/css; charset=utf-8", asset.Content.Headers.NonValidated["Content-Type"].ToString());

        using var page = await _server.GetAsync("/fr/");
        Assert.Equal("public, max-age=300, must-revalidate", page.Headers.NonValidated["Cache-Control"].ToString());
    }

    [RequiresFact(Tool.Nginx)]
    public async Task ExportsAndFeedsHaveTheirTypes()
    {
        using var ics = await _server.GetAsync("/schedule.ics");
        Assert.Equal("text/calendar; charset=utf-8", ics.Content.Headers.NonValidated["Content-Type"].ToString());
        using var json = await _server.GetAsync("/schedule.json");
        Assert.Equal("application/json; charset=utf-8", json.Content.Headers.NonValidated["Content-Type"].ToString());
        using var feed = await _server.GetAsync("/fr/feed.xml");
        Assert.Equal("application/atom+xml; charset=utf-8", feed.Content.Headers.NonValidated["Content-Type"].ToString());
        using var hidden = await _server.GetAsync("/.staticevent/nginx.conf");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [RequiresFact(Tool.Nginx)]
    public async Task BrotliReaderGetsThePrecompressedFile()
    {
        using var response = await _server.GetAsync("/fr/", ("Accept-Encoding", "br"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", string.Join(",", response.Content.Headers.ContentEncoding));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_server.Site.Output, "fr", "index.html.br")), body);

        using var gzip = await _server.GetAsync("/fr/", ("Accept-Encoding", "gzip"));
        Assert.Equal("gzip", string.Join(",", gzip.Content.Headers.ContentEncoding));
    }

    /// <summary>The site copy, built with the nginx configuration, served by nginx on a free port.</summary>
    public sealed class Server : IDisposable
    {
        private readonly Lazy<(ChildProcess Nginx, HttpClient Client)> _running;

        public Server()
        {
            Site = new SiteCopy();
            _running = new Lazy<(ChildProcess, HttpClient)>(Start, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public SiteCopy Site { get; }

        public async Task<HttpResponseMessage> GetAsync(string path, params (string Name, string Value)[] headers)
        {
            var (_, client) = _running.Value;
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            return await client.SendAsync(request);
        }

        public void Dispose()
        {
            if (_running.IsValueCreated)
            {
                _running.Value.Client.Dispose();
                _running.Value.Nginx.Dispose();
            }

            Site.Dispose();
        }

        private (ChildProcess, HttpClient) Start()
        {
            Prerequisites.Require(Tool.Nginx);
            File.WriteAllText(Site.FileOf("content/news/deploy-test.en.md"),
                "---\ntitle: \"A short notice\"\ndate: 2025-11-20T10:00:00+01:00\naliases: [/en/old-notice/]\n---\n\nA notice with an old address.\n");
            Site.AppendToSiteYml($"hosting:\n  configs: [nginx]\n  nginxRoot: {Site.Output}");
            Site.Build(compress: true);

            var port = ChildProcess.FreePort();
            var prefix = Site.FileOf("nginx");
            Directory.CreateDirectory(prefix);
            var generated = File.ReadAllText(Path.Combine(Site.Output, HostFiles.Nginx));
            Assert.Contains("listen 80;", generated, StringComparison.Ordinal);
            var server = generated.Replace("listen 80;", $"listen 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)};", StringComparison.Ordinal)
                .Replace("listen [::]:80;", string.Empty, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(prefix, "site.conf"), server);
            // As root here: the workers run as root too, to read the temp folder; every path is in the prefix.
            File.WriteAllText(Path.Combine(prefix, "nginx.conf"), $$"""
                load_module {{Prerequisites.NginxBrotliModule}};
                user root;
                worker_processes 1;
                pid {{prefix}}/nginx.pid;
                error_log {{prefix}}/error.log;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path {{prefix}}/body;
                    proxy_temp_path {{prefix}}/proxy;
                    fastcgi_temp_path {{prefix}}/fastcgi;
                    uwsgi_temp_path {{prefix}}/uwsgi;
                    scgi_temp_path {{prefix}}/scgi;
                    include {{prefix}}/site.conf;
                }
                """);
            var nginx = ChildProcess.Start(Prerequisites.NginxPath!, ["-p", prefix, "-c", Path.Combine(prefix, "nginx.conf"), "-g", "daemon off;"], port);
            var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"),
            };
            return (nginx, client);
        }
    }
}
