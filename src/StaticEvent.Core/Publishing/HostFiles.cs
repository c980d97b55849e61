using StaticEvent.Configuration;
using StaticEvent.Model;
using StaticEvent.Rendering;

namespace StaticEvent.Publishing;

/// <summary>The host configurations a build writes when site.yml's <c>hosting: configs:</c> asks for them.</summary>
internal static class HostFiles
{
    public const string Nginx = ".staticevent/nginx.conf";
    public const string Apache = ".htaccess";
    public const string NetlifyRedirects = "_redirects";
    public const string NetlifyHeaders = "_headers";
    public const string GitHubNoJekyll = ".nojekyll";
    public const string GitHubCname = "CNAME";

    /// <summary>Each file's path (relative to the output) and text.</summary>
    public static IEnumerable<(string Path, string Text)> Render(SiteModel site, UrlBuilder urls, HostingConfig hosting, IReadOnlyDictionary<string, bool> files)
    {
        ArgumentNullException.ThrowIfNull(hosting);
        var host = HostSite.From(site, urls, hosting, files);
        if (hosting.Configs.Contains(HostKind.Nginx))
        {
            yield return (Nginx, NginxConfig.Render(host));
        }

        if (hosting.Configs.Contains(HostKind.Apache))
        {
            yield return (Apache, ApacheConfig.Render(host));
        }

        if (hosting.Configs.Contains(HostKind.Netlify))
        {
            yield return (NetlifyRedirects, NetlifyConfig.Redirects(host));
            yield return (NetlifyHeaders, NetlifyConfig.Headers(host));
        }

        if (hosting.Configs.Contains(HostKind.GitHubPages))
        {
            // No Jekyll: it would hide every file and folder whose name starts with _ or .
            yield return (GitHubNoJekyll, string.Empty);
            var domain = hosting.Cname ?? host.BaseUrl.IdnHost;
            if (!domain.EndsWith(".github.io", StringComparison.OrdinalIgnoreCase))
            {
                yield return (GitHubCname, domain + "\n");
            }
        }
    }

    /// <summary>A Cache-Control value (or any header value) inside double quotes, for config files.</summary>
    internal static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
