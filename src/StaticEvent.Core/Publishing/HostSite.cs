using StaticEvent.Configuration;
using StaticEvent.Model;
using StaticEvent.Rendering;

namespace StaticEvent.Publishing;

/// <summary>What every host configuration needs to know of the built site, as URL paths (<c>/fr/404.html</c>).</summary>
internal sealed record HostSite
{
    public required Uri BaseUrl { get; init; }

    /// <summary>The base path, <c>/</c> or <c>/ga93/</c>.</summary>
    public required string BasePath { get; init; }

    /// <summary>Language codes in site.yml's order, each with its home and 404 page paths.</summary>
    public required IReadOnlyList<(string Code, string Home, string NotFound)> Languages { get; init; }

    /// <summary>The root 404 page (the default language's), <c>/404.html</c>.</summary>
    public required string NotFound { get; init; }

    /// <summary>Each alias and the page it leads to, as paths (raw, not percent-encoded: hosts match decoded paths).</summary>
    public required IReadOnlyList<(string From, string To)> Redirects { get; init; }

    /// <summary>Every file written, relative to the output, with whether its name carries its fingerprint.</summary>
    public required IReadOnlyDictionary<string, bool> Files { get; init; }

    public required HostingConfig Hosting { get; init; }

    public static HostSite From(SiteModel site, UrlBuilder urls, HostingConfig hosting, IReadOnlyDictionary<string, bool> files)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(urls);
        var basePath = urls.BasePath;
        return new HostSite
        {
            BaseUrl = urls.BaseUrl,
            BasePath = basePath,
            Languages = [.. site.Languages.Select(l => (l.Language.Code, basePath + l.Home.RelativeUrl, basePath + l.NotFound.OutputPath))],
            NotFound = basePath + "404.html",
            Redirects = [.. site.Redirects.Select(r => (basePath + r.RelativeUrl, basePath + r.Target.RelativeUrl)).OrderBy(r => r.Item1, StringComparer.Ordinal)],
            Files = files,
            Hosting = hosting,
        };
    }

    /// <summary>URL paths of the fingerprinted files, sorted.</summary>
    public IEnumerable<string> FingerprintedPaths => Files.Where(f => f.Value).Select(f => BasePath + f.Key).Order(StringComparer.Ordinal);

    /// <summary>URL paths of the files whose type hosts get wrong by default (.ics, .json, .xml), sorted.</summary>
    public IEnumerable<string> TypedPaths => Files.Keys
        .Where(p => p.EndsWith(".ics", StringComparison.Ordinal) || p.EndsWith(".json", StringComparison.Ordinal) || p.EndsWith(".xml", StringComparison.Ordinal))
        .Select(p => BasePath + p).Order(StringComparer.Ordinal);
}
