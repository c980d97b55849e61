using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Publishing;

/// <summary>
/// <c>build --relative</c> opened from a folder, as on a USB stick: Chromium loads the pages through
/// <c>file://</c> and every link, stylesheet, script and image must be there.
/// </summary>
public sealed partial class RelativeBuildBrowserTests : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly BrowserFixture _browser;
    private readonly SiteCopy _site = new();

    public RelativeBuildBrowserTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    [RequiresFact(Tool.Chromium)]
    public async Task EveryLinkOfTheHomeAndOnePagePerKindInEachLanguageWorksFromFile()
    {
        // Given the default site built with --relative
        _site.Build(relative: true);
        var output = _site.Output;
        var samples = SamplePages(output);
        Assert.True(samples.Count >= 4 * 8, $"expected a home page and pages of several kinds in each language, found {samples.Count}: {string.Join(", ", samples)}");

        // When each sample is opened from the folder, Then it and every page it links to load whole
        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) =>
        {
            if (request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                lock (failed)
                {
                    failed.Add(request.Url);
                }
            }
        };

        var problems = new List<string>();
        var linkedPages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var sample in samples)
        {
            foreach (var link in await OpenAsync(page, output, sample, problems))
            {
                var file = FileOf(link);
                if (file is null)
                {
                    continue;
                }

                if (!File.Exists(file))
                {
                    problems.Add($"{sample}: the link {link} leads to no file");
                }
                else if (file.EndsWith(".html", StringComparison.Ordinal))
                {
                    linkedPages.Add(Path.GetRelativePath(output, file).Replace('\\', '/'));
                }
            }
        }

        foreach (var linked in linkedPages.Where(p => !samples.Contains(p) && p != "index.html"))
        {
            await OpenAsync(page, output, linked, problems);
        }

        Assert.True(linkedPages.Count > samples.Count, $"only {linkedPages.Count} pages linked");
        problems.AddRange(failed.Distinct().Select(url => $"failed to load {url}"));
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
    }

    [RequiresFact(Tool.Chromium)]
    public async Task CanonicalHreflangAndFeedLinksStayAbsolute()
    {
        _site.Build(relative: true);
        var html = await File.ReadAllTextAsync(Path.Combine(_site.Output, "fr", "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://ga93.example.org/fr/\">", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"ar\" href=\"https://ga93.example.org/ar/\"", html, StringComparison.Ordinal);
        Assert.Matches("type=\"application/atom\\+xml\"[^>]*href=\"https://ga93\\.example\\.org/fr/feed\\.xml\"", html);
        Assert.Contains("<loc>https://ga93.example.org/fr/</loc>", await File.ReadAllTextAsync(Path.Combine(_site.Output, "sitemap.xml")), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/", html, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Each language's home and its first page of every kind (by the body's <c>kind-…</c> class), and the root.</summary>
    private static List<string> SamplePages(string output)
    {
        var byKind = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(output, file).Replace('\\', '/');
            var kind = BodyKind().Match(File.ReadAllText(file));
            var language = path.Contains('/', StringComparison.Ordinal) ? path[..path.IndexOf('/', StringComparison.Ordinal)] : "";
            if (kind.Success && kind.Groups[1].Value != "404")
            {
                byKind.TryAdd(language + " " + kind.Groups[1].Value, path);
            }
        }

        return [.. byKind.Values];
    }

    /// <summary>Opens one page; reports what did not load; returns the address of every link.</summary>
    private static async Task<IReadOnlyList<string>> OpenAsync(IPage page, string output, string path, List<string> problems)
    {
        var url = new Uri(Path.Combine(output, path)).AbsoluteUri;
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (path == "index.html")
        {
            // The chooser sends the browser to its language: the landing page must be a language's home.
            await page.WaitForURLAsync(new Regex("/(fr|en|ar|es)/index\\.html$"));
        }

        var report = await page.EvaluateAsync<string[]>("""
            () => {
              const bad = [];
              for (const l of document.querySelectorAll('link[rel="stylesheet"]')) if (!l.sheet) bad.push('stylesheet ' + l.href);
              for (const i of document.images) if (!i.complete || i.naturalWidth === 0) bad.push('image ' + i.src);
              return bad;
            }
            """);
        problems.AddRange(report.Select(r => $"{path}: {r} did not load"));
        return await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href]'), a => a.href)");
    }

    private static string? FileOf(string link)
    {
        if (!link.StartsWith("file:", StringComparison.Ordinal))
        {
            return null;
        }

        var uri = new Uri(link);
        return Uri.UnescapeDataString(uri.AbsolutePath);
    }

    [GeneratedRegex("<body class=\"kind-([a-z0-9-]+)")]
    private static partial Regex BodyKind();
}
