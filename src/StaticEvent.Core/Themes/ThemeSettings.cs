using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Yaml;

namespace StaticEvent.Themes;

/// <summary>
/// A theme's own settings, from <c>themes/&lt;name&gt;/theme.yml</c>: the defaults of the
/// parameters its templates read (so a site sets only what it changes, and a template never
/// meets a missing key), and the colour pairs it draws as text on a background, which the build
/// checks against WCAG AA once the site's values are merged in, and the values a parameter may
/// take where it has a fixed set (<c>choices</c>). A theme without the file has none of them.
/// </summary>
internal sealed record ThemeSettings(string Path, DataMap? Params, IReadOnlyList<ContrastPair> Contrast, IReadOnlyDictionary<string, IReadOnlyList<string>> Choices)
{
    public const string FileName = "theme.yml";

    private static readonly Dictionary<string, IReadOnlyList<string>> Empty = [];

    public static ThemeSettings Load(IFileSource source, string theme, DiagnosticBag diagnostics)
    {
        var path = $"themes/{theme}/{FileName}";
        if (!source.FileExists(path))
        {
            return new ThemeSettings(path, null, [], Empty);
        }

        var text = TextDecoder.Read(source, path, diagnostics);
        var root = text is null ? null : YamlDocumentReader.Read(text, path, 0, diagnostics);
        if (MapReader.For(root, FileName, path, diagnostics) is not { } reader)
        {
            return new ThemeSettings(path, null, [], Empty);
        }

        var parameters = reader.Node("params") as DataMap;
        var pairs = new List<ContrastPair>();
        foreach (var node in reader.List("contrast")?.Items ?? [])
        {
            if (MapReader.For(node, "a contrast pair", path, diagnostics) is not { } pair)
            {
                continue;
            }

            var foreground = pair.String("text", required: true);
            var on = pair.String("on", required: true);
            var large = pair.Bool("large") ?? false;
            pair.ReportUnknownKeys("a contrast pair", ["text", "on", "large"]);
            if (foreground is not null && on is not null)
            {
                pairs.Add(new ContrastPair(foreground, on, large ? ContrastPair.LargeMinimum : ContrastPair.TextMinimum, node.Line, node.Column));
            }
        }

        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (reader.Child("choices") is { } map)
        {
            foreach (var (key, _) in map.Map.Entries)
            {
                choices[key.Value] = map.StringList(key.Value);
            }
        }

        reader.ReportUnknownKeys(FileName, ["params", "contrast", "choices"]);
        return new ThemeSettings(path, parameters, pairs, choices);
    }
}

/// <summary>
/// Text drawn in the colour <see cref="Text"/> on <see cref="On"/>: each is a parameter path
/// (<c>colors.accent</c>) or a literal <c>#rrggbb</c>. <see cref="Minimum"/> is 4.5 for text,
/// 3 for large text and the edges of controls (<c>large: true</c>; WCAG 2.2, 1.4.3 and 1.4.11).
/// </summary>
internal sealed record ContrastPair(string Text, string On, double Minimum, int Line, int Column)
{
    public const double TextMinimum = 4.5;

    public const double LargeMinimum = 3;
}
