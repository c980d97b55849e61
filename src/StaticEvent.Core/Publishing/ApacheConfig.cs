using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StaticEvent.Rendering;

namespace StaticEvent.Publishing;

/// <summary>
/// Apache's <c>.htaccess</c> at the root of the output, using mod_rewrite, mod_headers and
/// mod_alias where the server has them (each inside <c>&lt;IfModule&gt;</c>): the same rules as
/// <see cref="NginxConfig"/>.
/// </summary>
internal static class ApacheConfig
{
    public static string Render(HostSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var pages = HostFiles.Quote(site.Hosting.PageCacheControl);
        var assets = HostFiles.Quote(site.Hosting.AssetCacheControl);
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"# Written by StaticEvent for {site.BaseUrl.AbsoluteUri} (site.yml: hosting: configs: [apache]).\n");
        b.Append("# Needs AllowOverride FileInfo Indexes Options (or All) for this folder.\n\n");
        b.Append("Options -MultiViews\nDirectoryIndex index.html\nAddDefaultCharset utf-8\n");
        foreach (var (extension, type) in ContentTypes.Known.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            b.Append(CultureInfo.InvariantCulture, $"AddType \"{type}\" {extension}\n");
        }

        b.Append(CultureInfo.InvariantCulture, $"<Files \"feed.xml\">\n    ForceType \"{ContentTypes.Atom}\"\n</Files>\n\n");

        b.Append(CultureInfo.InvariantCulture, $"ErrorDocument 404 {site.NotFound}\n");
        foreach (var (_, home, notFound) in site.Languages)
        {
            b.Append(CultureInfo.InvariantCulture, $"<If \"%{{REQUEST_URI}} =~ m#^{Regex.Escape(home)}#\">\n    ErrorDocument 404 {notFound}\n</If>\n");
        }

        b.Append(CultureInfo.InvariantCulture, $$"""

            <IfModule mod_headers.c>
                Header set Cache-Control {{pages}}
                <FilesMatch "\.[0-9a-f]{10}\.[A-Za-z0-9]+$">
                    Header set Cache-Control {{assets}}
                </FilesMatch>
            </IfModule>

            <IfModule mod_rewrite.c>
                RewriteEngine On

                # The root: to the visitor's language (Accept-Language), else the chooser page.

            """);
        foreach (var (code, home, _) in site.Languages)
        {
            b.Append(CultureInfo.InvariantCulture, $"    RewriteCond %{{HTTP:Accept-Language}} ^\\s*{Regex.Escape(code)}([-_;,]|$) [NC]\n");
            b.Append(CultureInfo.InvariantCulture, $"    RewriteRule ^{Regex.Escape(site.BasePath.TrimStart('/'))}$ {UrlBuilder.Encode(home)} [R=302,L,E=vary_language:1]\n");
        }

        b.Append(CultureInfo.InvariantCulture, $$"""
                Header always append Vary Accept-Language env=vary_language

                # Precompressed siblings from `build --compress`.
                RewriteCond %{HTTP:Accept-Encoding} \bbr\b
                RewriteCond %{REQUEST_FILENAME}.br -s
                RewriteRule ^(.+)$ $1.br [L]
                RewriteCond %{HTTP:Accept-Encoding} \bgzip\b
                RewriteCond %{REQUEST_FILENAME}.gz -s
                RewriteRule ^(.+)$ $1.gz [L]
            </IfModule>
            <IfModule mod_headers.c>
                <FilesMatch "\.br$">
                    Header set Content-Encoding br
                    Header append Vary Accept-Encoding
                </FilesMatch>
                <FilesMatch "\.gz$">
                    Header set Content-Encoding gzip
                    Header append Vary Accept-Encoding
                </FilesMatch>
            </IfModule>

            """);
        foreach (var (extension, type) in ContentTypes.Known.Where(t => ContentTypes.IsCompressible("x" + t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            b.Append(CultureInfo.InvariantCulture, $"<FilesMatch \"{Regex.Escape(extension)}\\.(br|gz)$\">\n    ForceType \"{type}\"\n</FilesMatch>\n");
        }

        if (site.Redirects.Count > 0)
        {
            b.Append("\n# Aliases: old addresses, moved for good.\n<IfModule mod_alias.c>\n");
            foreach (var (from, to) in site.Redirects)
            {
                b.Append(CultureInfo.InvariantCulture, $"    RedirectMatch 301 \"^{Regex.Escape(UrlBuilder.Encode(from).TrimEnd('/'))}/?$\" {UrlBuilder.Encode(to)}\n");
            }

            b.Append("</IfModule>\n");
        }

        return b.ToString();
    }
}
