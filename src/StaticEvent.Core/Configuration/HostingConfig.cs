namespace StaticEvent.Configuration;

/// <summary>
/// How the built site is served (<c>hosting:</c> in site.yml): which host configurations the build
/// writes, and the Cache-Control headers they and <c>deploy</c> send.
/// </summary>
internal sealed record HostingConfig
{
    /// <summary>For fingerprinted assets (<c>css/site.8a2115311e.css</c>): a changed file is a new address.</summary>
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    /// <summary>The default for pages, feeds and exports: caches check again after five minutes.</summary>
    public const string DefaultPageCacheControl = "public, max-age=300, must-revalidate";

    public static HostingConfig Default { get; } = new();

    /// <summary>The host configurations the build writes; none by default.</summary>
    public IReadOnlySet<HostKind> Configs { get; init; } = new HashSet<HostKind>();

    /// <summary>Cache-Control of pages, feeds, exports and assets that are not fingerprinted.</summary>
    public string PageCacheControl { get; init; } = DefaultPageCacheControl;

    /// <summary>Cache-Control of fingerprinted assets.</summary>
    public string AssetCacheControl { get; init; } = ImmutableCacheControl;

    /// <summary>The folder nginx serves (its <c>root</c>); default <c>/var/www/HOST/public</c>.</summary>
    public string? NginxRoot { get; init; }

    /// <summary>The custom domain in GitHub Pages' <c>CNAME</c>; default the host of baseUrl.</summary>
    public string? Cname { get; init; }
}
