using System.Globalization;
using System.Text;
using StaticEvent.Rendering;

namespace StaticEvent.Publishing;

/// <summary>
/// <c>_redirects</c> and <c>_headers</c>, read by Netlify and by Cloudflare Pages. Cloudflare skips
/// the lines it cannot do (language conditions, 404 rules): it finds the nearest <c>404.html</c>
/// by itself, and the chooser page picks the language in the browser.
/// </summary>
internal static class NetlifyConfig
{
    public static string Redirects(HostSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"# Written by StaticEvent for {site.BaseUrl.AbsoluteUri} (site.yml: hosting: configs: [netlify]).\n");
        if (site.Redirects.Count > 0)
        {
            b.Append("# Aliases: old addresses, moved for good.\n");
        }

        foreach (var (from, to) in site.Redirects)
        {
            b.Append(CultureInfo.InvariantCulture, $"{UrlBuilder.Encode(from)}  {UrlBuilder.Encode(to)}  301!\n");
        }

        b.Append("# The root: to the visitor's language (Accept-Language), else the chooser page.\n");
        foreach (var (code, home, _) in site.Languages)
        {
            b.Append(CultureInfo.InvariantCulture, $"{site.BasePath}  {UrlBuilder.Encode(home)}  302  Language={code}\n");
        }

        b.Append("# A 404 page in the language of the address.\n");
        foreach (var (_, home, notFound) in site.Languages)
        {
            b.Append(CultureInfo.InvariantCulture, $"{UrlBuilder.Encode(home)}*  {UrlBuilder.Encode(notFound)}  404\n");
        }

        b.Append(CultureInfo.InvariantCulture, $"{site.BasePath}*  {site.NotFound}  404\n");
        return b.ToString();
    }

    public static string Headers(HostSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"# Written by StaticEvent for {site.BaseUrl.AbsoluteUri} (site.yml: hosting: configs: [netlify]).\n");
        b.Append("# Pages keep the host's default Cache-Control (revalidated on every visit); fingerprinted assets are cached for good.\n");
        foreach (var path in site.FingerprintedPaths)
        {
            b.Append(CultureInfo.InvariantCulture, $"{UrlBuilder.Encode(path)}\n  Cache-Control: {site.Hosting.AssetCacheControl}\n");
        }

        foreach (var path in site.TypedPaths)
        {
            b.Append(CultureInfo.InvariantCulture, $"{UrlBuilder.Encode(path)}\n  Content-Type: {ContentTypes.For(path)}\n  Cache-Control: {site.Hosting.PageCacheControl}\n");
        }

        return b.ToString();
    }
}
