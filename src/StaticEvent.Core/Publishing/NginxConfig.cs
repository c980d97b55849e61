using System.Globalization;
using System.Text;
using StaticEvent.Rendering;

namespace StaticEvent.Publishing;

/// <summary>
/// An nginx <c>server</c> block (with the <c>map</c> it needs, for the <c>http</c> context): the
/// root sends a visitor to their language, each language folder has its own 404 page, aliases
/// are 301s, fingerprinted assets are cached forever, and types carry their charset.
/// Tested on Debian's nginx by <c>NginxHostTests</c>.
/// </summary>
internal static class NginxConfig
{
    public static string Render(HostSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var host = site.BaseUrl.IdnHost;
        var variable = "$staticevent_language_" + new string([.. host.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        var pages = HostFiles.Quote(site.Hosting.PageCacheControl);
        var assets = HostFiles.Quote(site.Hosting.AssetCacheControl);
        var root = site.Hosting.NginxRoot ?? $"/var/www/{host}/public";
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $$"""
            # Written by StaticEvent for {{site.BaseUrl.AbsoluteUri}} (site.yml: hosting: configs: [nginx]).
            # Include it in nginx's http block (e.g. as /etc/nginx/conf.d/{{host}}.conf), then check
            # listen, server_name and root. The .br files of `build --compress` need the brotli_static
            # module (Debian: libnginx-mod-http-brotli-static); without it, delete the brotli_static line.

            # The visitor's language: the first of the site's languages that Accept-Language puts first,
            # else the first it names at all; none, and the root shows the language chooser.
            map $http_accept_language {{variable}} {
                default "";

            """);
        foreach (var (code, home, _) in site.Languages)
        {
            b.Append(CultureInfo.InvariantCulture, $"    \"~*^\\s*{Regex(code)}(?:[-_;,]|$)\" {Target(home)};\n");
        }

        foreach (var (code, home, _) in site.Languages)
        {
            b.Append(CultureInfo.InvariantCulture, $"    \"~*(?:^|,)\\s*{Regex(code)}(?:[-_;,]|$)\" {Target(home)};\n");
        }

        b.Append(CultureInfo.InvariantCulture, $$"""
            }

            server {
                listen 80;
                listen [::]:80;
                server_name {{host}};
                root {{root}};
                index index.html;
                # Location headers as paths: right behind a proxy or on another port too.
                absolute_redirect off;

                charset utf-8;
                charset_types text/css text/plain text/calendar text/javascript text/markdown text/csv text/vtt application/json application/manifest+json application/xml application/atom+xml image/svg+xml;
                gzip_static on;
                gzip_vary on;
                brotli_static on;
                types {

            """);
        foreach (var group in ContentTypes.Known.GroupBy(t => t.Value.Split(';')[0], t => t.Key.TrimStart('.')).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            b.Append(CultureInfo.InvariantCulture, $"        {group.Key} {string.Join(' ', group.Order(StringComparer.Ordinal))};\n");
        }

        b.Append(CultureInfo.InvariantCulture, $$"""
                }
                default_type application/octet-stream;

                # Files that configure hosts (.htaccess, .staticevent/) are not pages.
                location ~ /\.(?!well-known/) {
                    return 404;
                }

                # Fingerprinted assets (css/site.8a2115311e.css): a changed file is a new name.
                location ~ "\.[0-9a-f]{10}\.[A-Za-z0-9]+$" {
                    add_header Cache-Control {{assets}} always;
                    try_files $uri =404;
                }

                location ~ "/feed\.xml$" {
                    types { }
                    default_type application/atom+xml;
                    add_header Cache-Control {{pages}} always;
                    try_files $uri =404;
                }

                error_page 404 {{site.NotFound}};

                location {{site.BasePath}} {
                    add_header Cache-Control {{pages}} always;
                    try_files $uri $uri/ =404;
                }

                location = {{site.BasePath}} {
                    add_header Cache-Control {{pages}} always;
                    add_header Vary Accept-Language always;
                    if ({{variable}}) {
                        return 302 {{variable}};
                    }
                    try_files {{site.BasePath}}index.html =404;
                }

            """);
        foreach (var (_, home, notFound) in site.Languages)
        {
            b.Append(CultureInfo.InvariantCulture, $$"""
                    location {{Quoted(home)}} {
                        error_page 404 {{Target(notFound)}};
                        add_header Cache-Control {{pages}} always;
                        try_files $uri $uri/ =404;
                    }

                """);
        }

        if (site.Redirects.Count > 0)
        {
            b.Append("    # Aliases: old addresses, moved for good.\n");
        }

        foreach (var (from, to) in site.Redirects)
        {
            b.Append(CultureInfo.InvariantCulture, $"    location = {Quoted(from)} {{\n        return 301 {Target(to)};\n    }}\n");
            if (from.EndsWith('/') && from.Length > 1)
            {
                b.Append(CultureInfo.InvariantCulture, $"    location = {Quoted(from[..^1])} {{\n        return 301 {Target(to)};\n    }}\n");
            }
        }

        b.Append("}\n");
        return b.ToString();
    }

    private static string Regex(string code) => System.Text.RegularExpressions.Regex.Escape(code);

    // nginx matches decoded paths: raw UTF-8 in quotes. A redirect target goes into a header: encoded, and no '$' (a variable there).
    private static string Quoted(string path) => "\"" + path + "\"";

    private static string Target(string path) => UrlBuilder.Encode(path).Replace("$", "%24", StringComparison.Ordinal);
}
