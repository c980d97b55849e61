using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Yaml;

namespace StaticEvent.Rendering;

/// <summary>
/// The interface strings of each language: <c>themes/&lt;theme&gt;/i18n/&lt;lang&gt;.yml</c>,
/// overridden key by key by the site's <c>i18n/&lt;lang&gt;.yml</c>. Nested keys are joined with dots.
/// </summary>
public sealed class I18nCatalog
{
    private readonly Dictionary<string, Dictionary<string, string>> _strings = new(StringComparer.Ordinal);

    public static I18nCatalog Load(IFileSource source, SiteConfig config, DiagnosticBag diagnostics)
    {
        var catalog = new I18nCatalog();
        foreach (var language in config.Languages)
        {
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in new[] { $"themes/{config.Theme}/i18n/{language.Code}.yml", $"i18n/{language.Code}.yml" })
            {
                if (!source.FileExists(path))
                {
                    continue;
                }

                var text = TextDecoder.Read(source, path, diagnostics);
                var root = text is null ? null : YamlDocumentReader.Read(text, path, 0, diagnostics);
                Flatten(root, string.Empty, strings, path, diagnostics);
            }

            catalog._strings[language.Code] = strings;
        }

        return catalog;
    }

    public string? Get(string language, string key) =>
        _strings.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var value) ? value : null;

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
