using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Output;
using StaticEvent.Scaffolding;
using StaticEvent.Themes;
using StaticEvent.Yaml;

namespace StaticEvent.Tests.Languages;

/// <summary>A site as <c>new site</c> writes it, built in memory with the built-in theme.</summary>
internal sealed record StarterSite(SiteScaffold.Request Request, BuildResult Result, MemoryOutputSink Output)
{
    /// <summary>Every language the built-in theme has interface strings for (its i18n/ files).</summary>
    public static IReadOnlyList<string> ThemeLanguages { get; } = BuiltInTheme.Files.Keys
        .Where(p => p.StartsWith("i18n/", StringComparison.Ordinal) && p.EndsWith(".yml", StringComparison.Ordinal))
        .Select(p => p["i18n/".Length..^".yml".Length]).Order(StringComparer.Ordinal).ToList();

    private static readonly Lazy<StarterSite> Tokyo = new(() =>
        Build(ThemeLanguages, "de", "Asia/Tokyo", new DateOnly(2026, 10, 23), new DateOnly(2026, 10, 27)));

    /// <summary>
    /// One site in every language of the theme (default de, Asia/Tokyo, 23–27 October 2026),
    /// built once per test run and shared by the test classes that only read it.
    /// </summary>
    public static StarterSite EveryThemeLanguage => Tokyo.Value;

    /// <summary>Builds what <c>new site</c> writes; <paramref name="editSiteYaml"/> may change site.yml first (a setting the command has no option for).</summary>
    public static StarterSite Build(IReadOnlyList<string> languages, string defaultLanguage, string zone, DateOnly start, DateOnly end, string title = "Open Data Summit 2026", Func<string, string>? editSiteYaml = null)
    {
        var request = new SiteScaffold.Request(title, languages, defaultLanguage, zone, start, end, new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        Assert.Empty(SiteScaffold.Check(request));
        var files = new MemoryFileSource();
        foreach (var (path, text) in SiteScaffold.Files(request))
        {
            files.Add(path, path == "site.yml" && editSiteYaml is not null ? editSiteYaml(text) : text);
        }

        var sink = new MemoryOutputSink();
        var options = new BuildOptions { SourceDirectory = "(memory)", BuildDate = new DateTimeOffset(2026, 9, 2, 12, 0, 0, TimeSpan.Zero) };
        return new StarterSite(request, SiteBuilder.Build(files, sink, options), sink);
    }

    public string Describe() => string.Join("\n", Result.Diagnostics.Select(d => d.ToString()));

    /// <summary>The built-in theme's flattened strings of one language file (no fallbacks).</summary>
    public static IReadOnlyDictionary<string, string> ThemeStrings(string language)
    {
        var text = System.Text.Encoding.UTF8.GetString(BuiltInTheme.Files[$"i18n/{language}.yml"]);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(YamlDocumentReader.Read(text, language, 0, new DiagnosticBag()), string.Empty, strings);
        return strings;
    }

    private static void Flatten(DataNode? node, string prefix, Dictionary<string, string> strings)
    {
        if (node is DataMap map)
        {
            foreach (var (key, value) in map.Entries)
            {
                Flatten(value, prefix.Length == 0 ? key.Value : $"{prefix}.{key.Value}", strings);
            }
        }
        else if (node is DataScalar scalar)
        {
            strings[prefix] = scalar.Value;
        }
    }
}
