namespace StaticEvent.Configuration;

/// <summary>The typed contents of <c>site.yml</c>. Immutable once loaded.</summary>
internal sealed record SiteConfig
{
    public const string FileName = "site.yml";

    /// <summary>The public address of the site, always ending with <c>/</c>; may carry a path.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>
    /// The baseUrl of site.yml even when <c>--base-url</c> builds a copy elsewhere (a staging host):
    /// the address editors' old URLs (aliases) refer to. Null when the config was made in code.
    /// </summary>
    public Uri? DeclaredBaseUrl { get; init; }

    /// <summary>The path part of <see cref="BaseUrl"/>, e.g. <c>/ga93/</c>; every link starts with it.</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public required IReadOnlyList<LanguageConfig> Languages { get; init; }

    public required string DefaultLanguage { get; init; }

    public string Theme { get; init; } = "default";

    public required TimeZoneInfo TimeZone { get; init; }

    public int PageSize { get; init; } = 10;

    public IReadOnlyList<string> Include { get; init; } = ["**/*.md"];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public bool AllowHtml { get; init; } = true;

    /// <summary>Section key to permalink pattern, e.g. <c>news: ":section/:year/:slug/"</c>.</summary>
    public IReadOnlyDictionary<string, string> Permalinks { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, IReadOnlyList<MenuItemConfig>> Menus { get; init; } = new Dictionary<string, IReadOnlyList<MenuItemConfig>>();

    /// <summary>Fixed build date for feeds and the "future" cut-off; from <c>buildDate</c> or SOURCE_DATE_EPOCH.</summary>
    public DateTimeOffset? BuildDate { get; init; }

    /// <summary>Free values for themes (<c>params:</c>), exposed as <c>site.params</c>.</summary>
    public Yaml.DataMap? Params { get; init; }

    /// <summary>Where <c>staticevent deploy</c> can publish (<c>deploy:</c>), in the order written.</summary>
    public IReadOnlyList<DeployTarget> DeployTargets { get; init; } = [];

    /// <summary>Host configurations to write and cache headers (<c>hosting:</c>).</summary>
    public HostingConfig Hosting { get; init; } = HostingConfig.Default;

    public LanguageConfig Language(string code) => Languages.First(l => l.Code == code);

    public bool HasLanguage(string code) => Languages.Any(l => l.Code == code);
}
