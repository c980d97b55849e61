using System.Globalization;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Yaml;

namespace StaticEvent.Themes;

/// <summary>
/// The site's <c>params</c> laid over the theme's defaults, key by key (mappings merge, anything
/// else is replaced), so templates read every parameter the theme documents. A site value must
/// have the kind of its default: a mapping for a mapping, a whole number for a number, true or
/// false for a flag, a <c>#rrggbb</c> colour for a colour. Then the theme's text-on-background
/// pairs are checked against WCAG AA with the colours the site ends up with.
/// </summary>
internal static class ThemeParameters
{
    public static DataMap? Merge(DataMap? site, ThemeSettings theme, DiagnosticBag diagnostics)
    {
        if (theme.Params is null)
        {
            return site;
        }

        var merged = Merge(site, theme.Params, "params", theme, diagnostics);
        CheckChoices(merged, theme, diagnostics);
        CheckContrast(merged, site, theme, diagnostics);
        return merged;
    }

    private static DataMap Merge(DataMap? site, DataMap defaults, string name, ThemeSettings theme, DiagnosticBag diagnostics)
    {
        var entries = new List<KeyValuePair<DataScalar, DataNode>>();
        foreach (var (key, fallback) in defaults.Entries)
        {
            var own = site?.Entries.FirstOrDefault(e => e.Key.Value == key.Value) ?? default;
            var path = $"{name}.{key.Value}";
            if (own.Value is null or DataScalar { IsNull: true })
            {
                entries.Add(new(key, fallback));
            }
            else if (fallback is DataMap inner && own.Value is DataMap ownMap)
            {
                entries.Add(new(own.Key, Merge(ownMap, inner, path, theme, diagnostics)));
            }
            else if (Mismatch(fallback, own.Value) is { } expected)
            {
                diagnostics.Error(DiagnosticCodes.ThemeParamMismatch, MapReader.Location(SiteConfig.FileName, own.Value),
                    $"'{path}' must be {expected}, found {own.Value.Describe}",
                    $"the theme's default is {Describe(fallback)} ({theme.Path}, line {fallback.Line}); see the theme's parameters in docs/themes.md");
                entries.Add(new(key, fallback));
            }
            else
            {
                entries.Add(own);
            }
        }

        // The site's own parameters, which the theme does not know, stay as they are.
        var known = defaults.Entries.Select(e => e.Key.Value).ToHashSet(StringComparer.Ordinal);
        entries.AddRange(site?.Entries.Where(e => !known.Contains(e.Key.Value)) ?? []);
        return new DataMap(entries, site?.Line ?? defaults.Line, site?.Column ?? defaults.Column);
    }

    /// <summary>What the site's value should have been, or null when it has the default's kind.</summary>
    private static string? Mismatch(DataNode fallback, DataNode own) => (fallback, own) switch
    {
        (DataMap, not DataMap) => "a mapping",
        (DataList, not DataList) => "a list",
        (DataScalar, not DataScalar) => "a single value",
        (DataScalar d, DataScalar o) when CssColor.TryParse(d.Value, out _) && !CssColor.TryParse(o.Value, out _) => "a colour written #rrggbb or #rgb",
        (DataScalar { IsPlain: true } d, DataScalar o) when IsWhole(d.Value) && !(o.IsPlain && IsWhole(o.Value)) => "a whole number",
        (DataScalar { IsPlain: true, Value: "true" or "false" }, DataScalar o) when !(o.IsPlain && o.Value is "true" or "false") => "true or false",
        _ => null,
    };

    private static bool IsWhole(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static string Describe(DataNode node) => node is DataScalar scalar ? $"'{scalar.Value}'" : node.Describe;

    private static void CheckChoices(DataMap merged, ThemeSettings theme, DiagnosticBag diagnostics)
    {
        foreach (var (path, allowed) in theme.Choices)
        {
            if (Find(merged, path) is DataScalar { Value: var value } node && !allowed.Contains(value, StringComparer.Ordinal))
            {
                var hint = Suggestion.Closest(value, allowed) is { } close ? $"did you mean '{close}'? " : string.Empty;
                diagnostics.Error(DiagnosticCodes.InvalidValue, MapReader.Location(SiteConfig.FileName, node),
                    $"'params.{path}' must be one of {string.Join(", ", allowed)}, found '{value}'", $"{hint}see the theme's parameters in docs/themes.md");
            }
        }
    }

    private static void CheckContrast(DataMap merged, DataMap? site, ThemeSettings theme, DiagnosticBag diagnostics)
    {
        foreach (var pair in theme.Contrast)
        {
            if (Colour(pair.Text, merged) is not { } text || Colour(pair.On, merged) is not { } on)
            {
                diagnostics.Error(DiagnosticCodes.ThemeParamMismatch, new SourceLocation(theme.Path, pair.Line, pair.Column),
                    $"the contrast pair '{pair.Text}' on '{pair.On}' names no colour parameter", "write a path under params (colors.text) or a colour #rrggbb");
                continue;
            }

            var ratio = CssColor.Contrast(text, on);
            if (ratio >= pair.Minimum)
            {
                continue;
            }

            // Point at the site's value that made the pair fail, or at the theme when both are its defaults.
            var culprit = Find(site, pair.Text) ?? Find(site, pair.On);
            var location = culprit is null ? new SourceLocation(theme.Path, pair.Line, pair.Column) : MapReader.Location(SiteConfig.FileName, culprit);
            diagnostics.Warning(DiagnosticCodes.LowContrast, location,
                string.Create(CultureInfo.InvariantCulture, $"text in {Name(pair.Text)} ({text}) on {Name(pair.On)} ({on}) has a contrast of {Math.Floor(ratio * 100) / 100:0.##}:1; WCAG AA asks for {pair.Minimum:0.#}:1"),
                "make one of the two darker or lighter (a contrast checker shows the ratio as you go)");
        }
    }

    private static string Name(string reference) => reference.StartsWith('#') ? reference : $"params.{reference}";

    private static CssColor? Colour(string reference, DataMap merged)
    {
        var text = reference.StartsWith('#') ? reference : (Find(merged, reference) as DataScalar)?.Value;
        return CssColor.TryParse(text, out var colour) ? colour : null;
    }

    private static DataNode? Find(DataMap? map, string path)
    {
        if (path.StartsWith('#'))
        {
            return null;
        }

        DataNode? node = map;
        foreach (var part in path.Split('.'))
        {
            node = (node as DataMap)?[part];
        }

        return node is DataScalar { IsNull: true } ? null : node;
    }
}
