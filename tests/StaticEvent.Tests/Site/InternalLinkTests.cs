using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Site;

/// <summary>
/// SPEC §8: every internal link of the output resolves, anchors included. A URL is internal when
/// it is relative, site-relative, or absolute on the host of the site's <c>baseUrl</c>.
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed partial class InternalLinkTests(DefaultSiteFixture site)
{
    private const int MaxReported = 300;

    // Attributes holding one URL, and those holding a srcset list of candidates.
    private static readonly (string Selector, string Attribute)[] UrlAttributes =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"), ("script[src]", "src"),
        ("img[src]", "src"), ("source[src]", "src"), ("video[src]", "src"), ("video[poster]", "poster"),
        ("audio[src]", "src"), ("iframe[src]", "src"),
    ];

    private static readonly (string Selector, string Attribute)[] SrcsetAttributes =
    [
        ("img[srcset]", "srcset"), ("source[srcset]", "srcset"),
    ];

    [Fact]
    public void EveryInternalLinkAndAnchorOfTheDefaultSiteResolves()
    {
        // Given
        var output = site.OutputDirectory;
        var siteRoot = site.BaseUrl ?? new Uri("http://staticevent.invalid/");
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var documents = site.HtmlFiles().ToDictionary(file => file, file => Parse(parser, output, file), StringComparer.Ordinal);
        Assert.NotEmpty(documents);

        // When
        var failures = new List<string>();
        var links = 0;
        foreach (var (file, document) in documents)
        {
            var pageUrl = new Uri(siteRoot, file);
            var baseUrl = document.QuerySelector("base[href]")?.GetAttribute("href") is { } href
                && Uri.TryCreate(pageUrl, href, out var declared) ? declared : pageUrl;
            foreach (var (element, url) in Links(document))
            {
                links++;
                if (Check(url, baseUrl, siteRoot, output, documents) is { } problem)
                {
                    failures.Add($"{Location(file, element)}: <{element.LocalName} … \"{url}\">: {problem}");
                }
            }
        }

        // Then
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} broken internal link(s) among {links} link(s) in {documents.Count} page(s):\n"
            + string.Join('\n', failures.Take(MaxReported))
            + (failures.Count > MaxReported ? $"\n… and {failures.Count - MaxReported} more" : string.Empty));
    }

    private static IDocument Parse(HtmlParser parser, string output, string file) =>
        parser.ParseDocument(File.ReadAllText(Path.Combine(output, file)));

    private static IEnumerable<(IElement Element, string Url)> Links(IDocument document)
    {
        foreach (var (selector, attribute) in UrlAttributes)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                yield return (element, element.GetAttribute(attribute)!.Trim());
            }
        }

        foreach (var (selector, attribute) in SrcsetAttributes)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var candidates = element.GetAttribute(attribute)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                foreach (var candidate in candidates)
                {
                    yield return (element, candidate.Split(' ', 2)[0]);
                }
            }
        }

        // Redirect pages (SPEC §8, aliases) point at their target with a meta refresh.
        foreach (var element in document.QuerySelectorAll("meta[http-equiv]"))
        {
            if (string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && RefreshUrl().Match(element.GetAttribute("content") ?? string.Empty) is { Success: true } match)
            {
                yield return (element, match.Groups["url"].Value.Trim().Trim('"', '\''));
            }
        }
    }

    /// <summary>Why <paramref name="url"/> does not resolve, or null when it does or is external.</summary>
    private static string? Check(string url, Uri baseUrl, Uri siteRoot, string output, Dictionary<string, IDocument> documents)
    {
        if (!Uri.TryCreate(baseUrl, url, out var target))
        {
            return "not a valid URL";
        }

        if ((target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
            || !string.Equals(target.Host, siteRoot.Host, StringComparison.OrdinalIgnoreCase)
            || target.Port != siteRoot.Port)
        {
            return null;
        }

        var basePath = siteRoot.AbsolutePath;
        if (!target.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
        {
            return $"points outside the site's base path {basePath}";
        }

        var relative = Uri.UnescapeDataString(target.AbsolutePath[basePath.Length..]);
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var fullPath = Path.GetFullPath(Path.Combine(output, relative));
        if (!fullPath.StartsWith(Path.GetFullPath(output) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "points outside the output folder";
        }

        if (!File.Exists(fullPath))
        {
            if (!File.Exists(Path.Combine(fullPath, "index.html")))
            {
                return $"no file {relative} in the output";
            }

            relative = relative.TrimEnd('/') + "/index.html";
        }

        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (fragment.Length == 0 || !documents.TryGetValue(relative, out var page))
        {
            return null;
        }

        // "top" needs no element: browsers scroll to the top of the page for it.
        var found = page.GetElementById(fragment) is not null
            || page.QuerySelectorAll("a[name]").Any(a => a.GetAttribute("name") == fragment)
            || string.Equals(fragment, "top", StringComparison.OrdinalIgnoreCase);
        return found ? null : $"no element with id \"{fragment}\" in {relative}";
    }

    private static string Location(string file, IElement element) =>
        element.SourceReference is { } source ? $"{file}:{source.Position.Line}:{source.Position.Column}" : file;

    [GeneratedRegex(@"^\s*\d*\s*[;,]\s*url\s*=\s*(?<url>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshUrl();
}
