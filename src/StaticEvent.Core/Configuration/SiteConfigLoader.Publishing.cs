using StaticEvent.Diagnostics;
using StaticEvent.Yaml;

namespace StaticEvent.Configuration;

/// <summary>The <c>deploy:</c> and <c>hosting:</c> keys of site.yml.</summary>
internal static partial class SiteConfigLoader
{
    private static readonly Dictionary<string, HostKind> HostNames = new(StringComparer.Ordinal)
    {
        ["nginx"] = HostKind.Nginx,
        ["apache"] = HostKind.Apache,
        ["netlify"] = HostKind.Netlify,
        ["cloudflare-pages"] = HostKind.Netlify,
        ["github-pages"] = HostKind.GitHubPages,
    };

    private static List<DeployTarget> ReadDeployTargets(MapReader reader)
    {
        var targets = new List<DeployTarget>();
        if (reader.List("deploy") is not { } list)
        {
            return targets;
        }

        foreach (var item in list.Items)
        {
            if (MapReader.For(item, "a deploy target", reader.Path, reader.Diagnostics) is not { } entry)
            {
                continue;
            }

            var name = entry.String("name", required: true);
            var bucket = entry.String("bucket", required: true);
            var prefix = (entry.String("prefix") ?? string.Empty).Trim('/');
            var region = entry.String("region");
            var endpointText = entry.String("endpoint");
            var pathStyle = entry.Bool("pathStyle") ?? false;
            entry.ReportUnknownKeys("a deploy target", ["name", "bucket", "prefix", "region", "endpoint", "pathStyle"]);

            Uri? endpoint = null;
            if (endpointText is not null && (!Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
            {
                reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOfKey("endpoint"),
                    $"'endpoint' must be an absolute http(s) address, found '{endpointText}'", "write e.g. https://ACCOUNT.r2.cloudflarestorage.com");
                continue;
            }

            if (name is not null && targets.Any(t => t.Name == name))
            {
                reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOfKey("name"), $"the deploy target '{name}' is listed twice");
                continue;
            }

            if (name is null || bucket is null)
            {
                continue;
            }

            targets.Add(new DeployTarget
            {
                Name = name,
                Bucket = bucket,
                Prefix = prefix.Length == 0 ? string.Empty : prefix + "/",
                Region = region,
                Endpoint = endpoint,
                PathStyle = pathStyle,
            });
        }

        return targets;
    }

    private static HostingConfig ReadHosting(MapReader reader)
    {
        if (reader.Child("hosting") is not { } hosting)
        {
            return HostingConfig.Default;
        }

        var configs = new HashSet<HostKind>();
        foreach (var scalar in hosting.ScalarList("configs"))
        {
            if (HostNames.TryGetValue(scalar.Value, out var kind))
            {
                configs.Add(kind);
            }
            else
            {
                reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, hosting.LocationOf(scalar),
                    $"'{scalar.Value}' is not a host the build writes a configuration for", $"use: {string.Join(", ", HostNames.Keys)}");
            }
        }

        var result = new HostingConfig
        {
            Configs = configs,
            PageCacheControl = hosting.String("pageCacheControl") ?? HostingConfig.DefaultPageCacheControl,
            AssetCacheControl = hosting.String("assetCacheControl") ?? HostingConfig.ImmutableCacheControl,
            NginxRoot = hosting.String("nginxRoot"),
            Cname = hosting.String("cname"),
        };
        hosting.ReportUnknownKeys("'hosting'", ["configs", "pageCacheControl", "assetCacheControl", "nginxRoot", "cname"]);
        // These go into headers and config files as written: a quote, brace, semicolon or line break would end them early.
        foreach (var (key, value) in new[] { ("pageCacheControl", result.PageCacheControl), ("assetCacheControl", result.AssetCacheControl), ("nginxRoot", result.NginxRoot ?? string.Empty) })
        {
            if (value.IndexOfAny(['"', '\'', '\n', '\r', ';', '{', '}', '#']) >= 0)
            {
                reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, hosting.LocationOfKey(key), $"'{key}' must not hold quotes, braces, semicolons, '#' or line breaks");
            }
        }

        return result;
    }
}
