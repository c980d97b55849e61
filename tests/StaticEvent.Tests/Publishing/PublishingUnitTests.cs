using StaticEvent.Configuration;
using StaticEvent.Publishing;

namespace StaticEvent.Tests.Publishing;

/// <summary>The small pieces of publishing: types, cache rules, relative links and the deploy plan.</summary>
public sealed class PublishingUnitTests
{
    [Theory]
    [InlineData("fr/index.html", "text/html; charset=utf-8")]
    [InlineData("fr/feed.xml", "application/atom+xml; charset=utf-8")]
    [InlineData("sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("en/programme/closing.ics", "text/calendar; charset=utf-8")]
    [InlineData("schedule.json", "application/json; charset=utf-8")]
    [InlineData("css/site.8a2115311e.css", "text/css; charset=utf-8")]
    [InlineData("images/hall.webp", "image/webp")]
    [InlineData("LICENSE", "application/octet-stream")]
    public void ContentTypeCarriesItsCharset(string path, string expected) => Assert.Equal(expected, ContentTypes.For(path));

    [Fact]
    public void OnlyANameCarryingTheFileHashIsFingerprinted()
    {
        var bytes = "body{}"u8.ToArray();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..10];

        Assert.True(CachePolicy.IsFingerprinted($"css/site.{hash}.css", bytes));
        Assert.False(CachePolicy.IsFingerprinted("css/site.0123456789.css", bytes));
        Assert.False(CachePolicy.IsFingerprinted("css/site.css", bytes));
        Assert.Equal(HostingConfig.ImmutableCacheControl, CachePolicy.For($"css/site.{hash}.css", bytes, HostingConfig.Default));
        Assert.Equal(HostingConfig.DefaultPageCacheControl, CachePolicy.For("css/site.css", bytes, HostingConfig.Default));
    }

    [Theory]
    [InlineData("fr/programme/index.html", "/fr/actualites/", "../../fr/actualites/index.html")]
    [InlineData("index.html", "/", "index.html")]
    [InlineData("fr/index.html", "/css/site.css", "../css/site.css")]
    [InlineData("fr/index.html", "/fr/#main", "../fr/index.html#main")]
    [InlineData("fr/index.html", "https://ga93.example.org/en/", "../en/index.html")]
    [InlineData("fr/index.html", "https://example.com/", "https://example.com/")]
    [InlineData("fr/index.html", "//cdn.example.com/x.js", "//cdn.example.com/x.js")]
    public void RelativeLinksPointToFilesFromTheFolder(string file, string url, string expected)
    {
        var links = new RelativeLinks(new Uri("https://ga93.example.org/"));
        Assert.Equal($"<a href=\"{expected}\">x</a>", links.RewriteHtml(file, $"<a href=\"{url}\">x</a>"));
    }

    [Fact]
    public void RelativeLinksKeepCanonicalAbsoluteAndRewriteRefreshAndCss()
    {
        var links = new RelativeLinks(new Uri("https://example.org/ga93/"));
        Assert.Equal("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"https://example.org/ga93/fr/feed.xml\">",
            links.RewriteHtml("fr/index.html", "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/ga93/fr/feed.xml\">"));
        Assert.Equal("<meta http-equiv=\"refresh\" content=\"0; url=../../fr/new/index.html\">",
            links.RewriteHtml("old/page/index.html", "<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/ga93/fr/new/\">"));
        Assert.Equal("a{background:url(\"../img/x.png\")}", links.RewriteCss("css/site.css", "a{background:url(\"/ga93/img/x.png\")}"));
    }

    [Fact]
    public void PlanUploadsAssetsFirstSkipsWhatIsStoredAndDeletesWhatIsGone()
    {
        PublishedFile File(string path, string md5) =>
            new(path, "/x/" + path, 3, md5, ContentTypes.For(path), HostingConfig.DefaultPageCacheControl, null, OutputInventory.StageOf(path));
        var files = new[] { File("sitemap.xml", "a1"), File("fr/index.html", "b2"), File("css/site.css", "c3"), File("fr/about/index.html", "d4") };
        var remote = new[] { new RemoteObject("fr/about/index.html", "d4", 3), new RemoteObject("fr/gone/index.html", "e5", 3), new RemoteObject(DeployManifest.FileName, "f6", 10) };

        var plan = DeployPlan.Create(files, remote, DeployManifest.Empty);

        Assert.Equal(["css/site.css", "fr/index.html", "sitemap.xml"], plan.Uploads.Select(f => f.Path));
        Assert.Equal(["fr/gone/index.html"], plan.Deletes);
        Assert.Equal(["fr/about/index.html"], plan.Unchanged.Select(f => f.Path));
    }

    [Fact]
    public void PlanUploadsAFileWhoseHeadersAloneChanged()
    {
        var file = new PublishedFile("fr/index.html", "/x", 3, "b2", "text/html; charset=utf-8", "public, max-age=60", "fr", UploadStage.Pages);
        var manifest = new DeployManifest(new Dictionary<string, DeployManifest.Entry> { ["fr/index.html"] = new("b2", "b2", "text/html; charset=utf-8|public, max-age=300|fr") });

        var plan = DeployPlan.Create([file], [new RemoteObject("fr/index.html", "b2", 3)], manifest);

        Assert.Single(plan.Uploads);
    }

    [Fact]
    public async Task DeployNamesAnUnknownTargetAndAMissingBuild()
    {
        using var site = new SiteCopy();
        site.AppendToSiteYml("deploy:\n  - { name: production, bucket: b, region: eu-west-3 }");
        var request = new StaticEvent.Cli.Commands.DeployCommand.DeployRequest(site.Root, site.Output, "produktion", DryRun: true, MaxDeletes: 256, Quiet: true);

        var errors = new StringWriter();
        Assert.Equal(1, await StaticEvent.Cli.Commands.DeployCommand.RunAsync(request, TextWriter.Null, errors, CancellationToken.None));
        Assert.Contains("error SE520: no deploy target is named 'produktion'; did you mean 'production'?", errors.ToString(), StringComparison.Ordinal);

        errors = new StringWriter();
        Assert.Equal(1, await StaticEvent.Cli.Commands.DeployCommand.RunAsync(request with { Target = null }, TextWriter.Null, errors, CancellationToken.None));
        Assert.Contains("error SE521: there is no built site in", errors.ToString(), StringComparison.Ordinal);
    }
}
