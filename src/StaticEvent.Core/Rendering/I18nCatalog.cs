using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Yaml;

namespace StaticEvent.Rendering;

/// <summary>
/// The interface strings of each language: <c>themes/&lt;theme&gt;/i18n/&lt;lang&gt;.yml</c>,
/// overridden key by key by the site's <c>i18n/&lt;lang&gt;.yml</c>. Nested keys are joined with dots.
/// A key is looked up along the language's chain (pt-BR, then pt), then in the site's default
/// language, then in English, so a page never shows a raw key; the <c>t</c> function warns about
/// each string a page shows from another language.
/// </summary>
internal sealed class I18nCatalog
{
    private const string FallbackLanguage = "en";

    // Per site language: the strings it shows, fallbacks resolved, so a lookup is one dictionary read.
    private readonly Dictionary<string, Dictionary<string, I18nText>> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public static I18nCatalog Load(IFileSource source, SiteConfig config, DiagnosticBag diagnostics)
    {
        var themeFiles = I18nFiles(source, $"themes/{config.Theme}/i18n");
        var siteFiles = I18nFiles(source, "i18n");
        WarnUnmatched(siteFiles, config, diagnostics);

        // Each file once, whatever the number of languages whose chain passes through it.
        var read = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string> Strings(string tag)
        {
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (files, _) in new[] { (themeFiles, "theme"), (siteFiles, "site") })
            {
                if (files.TryGetValue(tag.ToLowerInvariant(), out var path))
                {
                    if (!read.TryGetValue(path, out var fileStrings))
                    {
                        fileStrings = new Dictionary<string, string>(StringComparer.Ordinal);
                        var text = TextDecoder.Read(source, path, diagnostics);
                        var root = text is null ? null : YamlDocumentReader.Read(text, path, 0, diagnostics);
                        Flatten(root, string.Empty, fileStrings, path, diagnostics);
                        read[path] = fileStrings;
                    }

                    foreach (var (key, value) in fileStrings)
                    {
                        strings[key] = value;
                    }
                }
            }

            return strings;
        }

        var catalog = new I18nCatalog();
        foreach (var language in config.Languages)
        {
            var own = Chain(language.Code);
            var strings = Merge(own.Select(Strings)).ToDictionary(kv => kv.Key, kv => new I18nText(kv.Value, null), StringComparer.Ordinal);
            foreach (var fallback in Chain(config.DefaultLanguage).Concat(Chain(FallbackLanguage)).Where(t => !own.Contains(t)).Distinct())
            {
                foreach (var (key, value) in Strings(fallback))
                {
                    strings.TryAdd(key, new I18nText(value, fallback));
                }
            }

            catalog._strings[language.Code] = strings;
            catalog._files[language.Code] = SiteFilePath(siteFiles, language.Code);
        }

        return catalog;
    }

    /// <summary>The text of a key in a site language, fallbacks included; null when no language has it.</summary>
    public string? Get(string language, string key) => Find(language, key)?.Text;

    /// <summary>The text of a key and, when it comes from another language, which one; null when no language has it.</summary>
    public I18nText? Find(string language, string key) =>
        _strings.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var value) ? value : null;

    /// <summary>The site file where a language's strings go (named in warnings): its existing file, or i18n/&lt;code&gt;.yml.</summary>
    public string SiteFile(string language) => _files.GetValueOrDefault(language, $"i18n/{language}.yml");

    /// <summary>The more specific tags first (CLDR's chain: <c>zh-TW</c> → zh-TW, zh-Hant-TW, zh-Hant, zh).</summary>
    internal static IReadOnlyList<string> Chain(string tag) => Locale.LocaleChain.For(tag);

    private static Dictionary<string, string> Merge(IEnumerable<Dictionary<string, string>> moreSpecificFirst)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var strings in moreSpecificFirst)
        {
            foreach (var (key, value) in strings)
            {
                merged.TryAdd(key, value);
            }
        }

        return merged;
    }

    /// <summary>The <c>.yml</c> files of a folder by lower-case language tag: file names match codes whatever their case.</summary>
    private static Dictionary<string, string> I18nFiles(IFileSource source, string folder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in source.ListFiles(folder))
        {
            var name = path[(folder.Length + 1)..];
            if (!name.Contains('/') && name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                files.TryAdd(name[..^4].ToLowerInvariant(), path);
            }
        }

        return files;
    }

    /// <summary>A site file no language reads is a mistake (pt_BR.yml, a removed language): say so instead of ignoring it.</summary>
    private static void WarnUnmatched(Dictionary<string, string> siteFiles, SiteConfig config, DiagnosticBag diagnostics)
    {
        var used = config.Languages.SelectMany(l => Chain(l.Code)).Concat(Chain(FallbackLanguage)).Select(t => t.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var (tag, path) in siteFiles.Where(f => !used.Contains(f.Key)))
        {
            diagnostics.Warning(DiagnosticCodes.I18nFileUnused, new SourceLocation(path),
                $"'{path}' matches no language of the site, so it is not used",
                $"name it after a language code in site.yml ({string.Join(", ", config.Languages.Select(l => l.Code))}), e.g. i18n/{config.Languages[0].Code}.yml");
        }
    }

    private static string SiteFilePath(Dictionary<string, string> siteFiles, string language) =>
        siteFiles.TryGetValue(language.ToLowerInvariant(), out var path) ? path : $"i18n/{language}.yml";

    private static void Flatten(DataNode? node, string prefix, Dictionary<string, string> strings, string path, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case null:
                return;
            case DataMap map:
                foreach (var (key, value) in map.Entries)
                {
                    Flatten(value, prefix.Length == 0 ? key.Value : $"{prefix}.{key.Value}", strings, path, diagnostics);
                }

                return;
            case DataScalar scalar when prefix.Length > 0:
                strings[prefix] = scalar.Value;
                return;
            default:
                diagnostics.Error(DiagnosticCodes.WrongType, new SourceLocation(path, node.Line, node.Column),
                    $"translations must be text, found {node.Describe}", "write 'key: text' lines, optionally grouped under a parent key");
                return;
        }
    }
}
