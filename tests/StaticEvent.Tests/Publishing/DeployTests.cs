using System.Diagnostics;
using StaticEvent.Configuration;
using StaticEvent.Publishing;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Publishing;

/// <summary>
/// <c>staticevent deploy</c> against a real S3-compatible server (s3rver on 127.0.0.1): what goes
/// up, what stays, what goes away, and the headers the objects carry. Each test uses its own
/// prefix of one bucket.
/// </summary>
public sealed class DeployTests(S3rverFixture s3) : IClassFixture<S3rverFixture>
{
    [RequiresFact(Tool.S3rver)]
    public async Task FirstDeployUploadsEverythingAndTheSecondNothing()
    {
        // Given the built default site, When it is deployed twice
        var site = s3.SharedSite;
        var files = OutputInventory.Scan(site.Output, Config(site));
        var first = await s3.DeployAsync(site, "first");
        var second = await s3.DeployAsync(site, "first");

        // Then the first uploads every file, the second none
        Assert.True(first.ExitCode == 0, first.Errors);
        Assert.Contains($"{files.Count} uploaded", first.Output, StringComparison.Ordinal);
        Assert.Contains($"Deployed to 'first': 0 uploaded (0 B), 0 deleted, {files.Count} unchanged", second.Output, StringComparison.Ordinal);
        var bucket = await s3.ListAsync("first");
        Assert.Equal(files.Select(f => f.Path).Append(DeployManifest.FileName).Order(StringComparer.Ordinal), bucket.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(bucket.Keys, k => k.StartsWith('.') && k != DeployManifest.FileName);
    }

    [RequiresFact(Tool.S3rver)]
    public async Task ObjectsCarryTheirContentTypeCacheControlAndLanguage()
    {
        var site = s3.SharedSite;
        Assert.Equal(0, (await s3.DeployAsync(site, "first")).ExitCode);
        var stylesheet = Directory.EnumerateFiles(Path.Combine(site.Output, "css")).Select(Path.GetFileName).Single(n => CachePolicy.FingerprintIn("css/" + n) is not null);

        await AssertHeaders($"css/{stylesheet}", "text/css; charset=utf-8", HostingConfig.ImmutableCacheControl, null);
        await AssertHeaders("css/site.css", "text/css; charset=utf-8", HostingConfig.DefaultPageCacheControl, null);
        await AssertHeaders("ar/index.html", "text/html; charset=utf-8", HostingConfig.DefaultPageCacheControl, "ar");
        await AssertHeaders("fr/feed.xml", "application/atom+xml; charset=utf-8", HostingConfig.DefaultPageCacheControl, "fr");
        await AssertHeaders("schedule.ics", "text/calendar; charset=utf-8", HostingConfig.DefaultPageCacheControl, null);
        await AssertHeaders("schedule.json", "application/json; charset=utf-8", HostingConfig.DefaultPageCacheControl, null);
        await AssertHeaders("sitemap.xml", "application/xml; charset=utf-8", HostingConfig.DefaultPageCacheControl, null);
    }

    [RequiresFact(Tool.S3rver)]
    public async Task ChangedArticleUploadsOnlyWhatChangedAndADeletedArticleGoes()
    {
        // Given the default site with one more article (no other page links to it, so it can go)
        using var site = s3.NewSite();
        var article = site.FileOf("content/news/deploy-test.en.md");
        File.WriteAllText(article, "---\ntitle: \"A short notice\"\ndate: 2025-11-20T10:00:00+01:00\n---\n\nA notice, published for the deploy test.\n");
        site.Build();
        Assert.Equal(0, (await s3.DeployAsync(site, "change")).ExitCode);
        var before = OutputInventory.Scan(site.Output, Config(site)).ToDictionary(f => f.Path, f => f.Md5);

        // When the article changes
        File.AppendAllText(article, "\nOne more paragraph, added for the deploy test.\n");
        site.Build();
        var after = OutputInventory.Scan(site.Output, Config(site)).ToDictionary(f => f.Path, f => f.Md5);
        var changed = after.Where(f => before.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key).ToList();
        var deploy = await s3.DeployAsync(site, "change");

        // Then exactly the files whose bytes changed go up: the article and the lists and feed that show it
        Assert.True(deploy.ExitCode == 0, deploy.Errors);
        Assert.InRange(changed.Count, 1, after.Count / 4);
        Assert.Contains($"Deployed to 'change': {changed.Count} uploaded", deploy.Output, StringComparison.Ordinal);
        Assert.Contains("en/feed.xml", changed);

        // When the article is deleted, Then its page goes from the bucket, and nothing else of what the build still makes
        File.Delete(article);
        site.Build();
        var remaining = OutputInventory.Scan(site.Output, Config(site)).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var gone = after.Keys.Where(p => !remaining.Contains(p)).ToList();
        Assert.NotEmpty(gone);
        var delete = await s3.DeployAsync(site, "change");
        Assert.True(delete.ExitCode == 0, delete.Errors);
        Assert.Contains($"{gone.Count} deleted", delete.Output, StringComparison.Ordinal);
        var bucket = await s3.ListAsync("change");
        Assert.All(gone, path => Assert.DoesNotContain(path, bucket.Keys));
        Assert.Equal(remaining.Order(StringComparer.Ordinal), bucket.Keys.Where(k => k != DeployManifest.FileName).Order(StringComparer.Ordinal));
    }

    [RequiresFact(Tool.S3rver)]
    public async Task MaxDeletesRefusesAPlanWithMoreDeletionsAndChangesNothing()
    {
        var site = s3.SharedSite;
        Assert.Equal(0, (await s3.DeployAsync(site, "guard")).ExitCode);
        // Two objects the build does not make, as pages of an older build would be.
        using (var store = new StaticEvent.Cli.Publishing.S3ObjectStore(s3.Target("guard")))
        {
            await store.PutAsync("fr/old-one/index.html", "old"u8.ToArray(), "text/html; charset=utf-8", "no-cache", "fr", CancellationToken.None);
            await store.PutAsync("fr/old-two/index.html", "old"u8.ToArray(), "text/html; charset=utf-8", "no-cache", "fr", CancellationToken.None);
        }

        var before = await s3.ListAsync("guard");
        var refused = await s3.DeployAsync(site, "guard", maxDeletes: 1);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error SE522: the deploy would delete 2 objects", refused.Errors, StringComparison.Ordinal);
        Assert.Equal(before, await s3.ListAsync("guard"));

        var allowed = await s3.DeployAsync(site, "guard", maxDeletes: 2);
        Assert.True(allowed.ExitCode == 0, allowed.Errors);
        Assert.DoesNotContain("fr/old-one/index.html", (await s3.ListAsync("guard")).Keys);
    }

    [RequiresFact(Tool.S3rver)]
    public async Task DryRunPrintsThePlanAndChangesNothing()
    {
        var site = s3.SharedSite;
        var dry = await s3.DeployAsync(site, "dry", dryRun: true);

        Assert.True(dry.ExitCode == 0, dry.Errors);
        Assert.Contains("  upload css/site.css (text/css; charset=utf-8; " + HostingConfig.DefaultPageCacheControl + ")", dry.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was changed.", dry.Output, StringComparison.Ordinal);
        Assert.Empty(await s3.ListAsync("dry"));
    }

    [RequiresFact(Tool.S3rver)]
    public async Task DeployCutOffMidwayAndRunAgainEndsLikeOneCleanDeploy()
    {
        var site = s3.SharedSite;
        Assert.Equal(0, (await s3.DeployAsync(site, "clean")).ExitCode);
        var total = OutputInventory.Scan(site.Output, Config(site)).Count;

        // Given a deploy killed after some uploads (the real CLI, killed as a lost connection or Ctrl+C would)
        var cli = Path.Combine(AppContext.BaseDirectory, "staticevent.dll");
        var info = new ProcessStartInfo(ProcessRunner.DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "deploy", "cut", "--source", site.Root, "--output", site.Output })
        {
            info.ArgumentList.Add(argument);
        }

        using (var process = Process.Start(info)!)
        {
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.Contains("[20/", StringComparison.Ordinal))
            {
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var cut = await s3.ListAsync("cut");
        Assert.InRange(cut.Count, 1, total - 1);
        Assert.DoesNotContain(DeployManifest.FileName, cut.Keys);

        // When it runs again, Then the bucket is the one a clean deploy makes
        var again = await s3.DeployAsync(site, "cut");
        Assert.True(again.ExitCode == 0, again.Errors);
        var clean = await s3.ListAsync("clean");
        var finished = await s3.ListAsync("cut");
        Assert.Equal(clean.Keys.Order(StringComparer.Ordinal), finished.Keys.Order(StringComparer.Ordinal));
        Assert.All(clean, o => Assert.Equal(o.Value.ETag, finished[o.Key].ETag));
    }

    private static SiteConfig Config(SiteCopy site) =>
        SiteConfigLoader.Load(new StaticEvent.IO.PhysicalFileSource(site.Root), new StaticEvent.Diagnostics.DiagnosticBag())!;

    private async Task AssertHeaders(string path, string contentType, string cacheControl, string? language)
    {
        using var response = await s3.HeadAsync("first", path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(cacheControl, response.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Equal(language, response.Content.Headers.ContentLanguage.FirstOrDefault());
    }
}
