using System.Globalization;
using StaticEvent.Diagnostics;

namespace StaticEvent.Yaml;

/// <summary>
/// Reads typed values out of a <see cref="DataMap"/>, reporting each wrong type or missing key
/// with its position and carrying on, so one run reports every problem in a file.
/// </summary>
internal sealed class MapReader
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public MapReader(DataMap map, string path, DiagnosticBag diagnostics)
    {
        Map = map;
        Path = path;
        Diagnostics = diagnostics;
    }

    public DataMap Map { get; }

    public string Path { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Reads a mapping node, or reports that <paramref name="node"/> is not one.</summary>
    public static MapReader? For(DataNode? node, string what, string path, DiagnosticBag diagnostics)
    {
        if (node is DataMap map)
        {
            return new MapReader(map, path, diagnostics);
        }

        if (node is not null && !(node is DataScalar { IsNull: true }))
        {
            diagnostics.Error(DiagnosticCodes.WrongType, Location(path, node), $"{what} must be a mapping of keys to values, found {node.Describe}");
        }

        return null;
    }

    public static SourceLocation Location(string path, DataNode node) => new(path, node.Line, node.Column);

    public SourceLocation LocationOf(DataNode node) => Location(Path, node);

    /// <summary>The location of a key, for errors about the value as a whole.</summary>
    public SourceLocation LocationOfKey(string key)
    {
        foreach (var entry in Map.Entries)
        {
            if (entry.Key.Value == key)
            {
                return LocationOf(entry.Key);
            }
        }

        return LocationOf(Map);
    }

    public DataNode? Node(string key)
    {
        _known.Add(key);
        var node = Map[key];
        return node is DataScalar { IsNull: true } ? null : node;
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Diagnostics.Error(DiagnosticCodes.MissingRequired, LocationOf(Map), $"'{key}' is required", $"add a line '{key}: …'");
            }

            return null;
        }

        if (node is DataScalar scalar)
        {
            return scalar.Value;
        }

        return WrongType<string>(key, node, "text");
    }

    public int? Int(string key, int min = int.MinValue, int max = int.MaxValue)
    {
        if (Node(key) is not { } node)
        {
            return null;
        }

        if (node is DataScalar { IsPlain: true } scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            if (value < min || value > max)
            {
                Diagnostics.Error(DiagnosticCodes.InvalidValue, LocationOf(node), $"'{key}' must be between {min} and {max}, found {value}");
                return null;
            }

            return value;
        }

        Diagnostics.Error(DiagnosticCodes.WrongType, LocationOf(node), $"'{key}' must be a whole number, found {node.Describe}");
        return null;
    }

    /// <summary>Only <c>true</c> and <c>false</c>: YAML 1.1's yes/no/on/off are a trap (the Norway problem).</summary>
    public bool? Bool(string key)
    {
        if (Node(key) is not { } node)
        {
            return null;
        }

        if (node is DataScalar { IsPlain: true, Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        Diagnostics.Error(DiagnosticCodes.WrongType, LocationOf(node), $"'{key}' must be true or false, found {node.Describe}");
        return null;
    }

    public DateTimeOffset? Date(string key, TimeZoneInfo zone)
    {
        if (Node(key) is not { } node)
        {
            return null;
        }

        if (node is DataScalar scalar && DateParser.TryParse(scalar.Value, zone, out var value))
        {
            return value;
        }

        Diagnostics.Error(DiagnosticCodes.InvalidDate, LocationOf(node),
            $"'{key}' is not a valid date: {node.Describe}", "write 2025-11-24, 2025-11-24T10:30 or 2025-11-24T10:30:00+01:00");
        return null;
    }

    public IReadOnlyList<string> StringList(string key) => ScalarList(key).Select(s => s.Value).ToList();

    /// <summary>A list of text, or one text as a list of one, keeping each item's position.</summary>
    public IReadOnlyList<DataScalar> ScalarList(string key)
    {
        if (Node(key) is not { } node)
        {
            return [];
        }

        if (node is DataScalar single)
        {
            return [single];
        }

        if (node is DataList list)
        {
            var values = new List<DataScalar>();
            foreach (var item in list.Items)
            {
                if (item is DataScalar scalar)
                {
                    values.Add(scalar);
                }
                else
                {
                    Diagnostics.Error(DiagnosticCodes.WrongType, LocationOf(item), $"each item of '{key}' must be text, found {item.Describe}");
                }
            }

            return values;
        }

        return WrongType<IReadOnlyList<DataScalar>>(key, node, "a list of text") ?? [];
    }

    public MapReader? Child(string key) => For(Node(key), $"'{key}'", Path, Diagnostics);

    public DataList? List(string key)
    {
        if (Node(key) is not { } node)
        {
            return null;
        }

        if (node is DataList list)
        {
            return list;
        }

        return WrongType<DataList>(key, node, "a list");
    }

    /// <summary>Text that is either one string for every language or a mapping of language codes to text.</summary>
    public IReadOnlyDictionary<string, string>? Localized(string key, IReadOnlyCollection<string> languages)
    {
        if (Node(key) is not { } node)
        {
            return null;
        }

        if (node is DataScalar scalar)
        {
            return languages.ToDictionary(l => l, _ => scalar.Value, StringComparer.Ordinal);
        }

        if (node is DataMap map)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (lang, value) in map.Entries)
            {
                if (!languages.Contains(lang.Value))
                {
                    Diagnostics.Error(DiagnosticCodes.UnknownKey, LocationOf(lang),
                        $"'{lang.Value}' is not a language of this site", $"use one of: {string.Join(", ", languages)}");
                }
                else if (value is DataScalar text)
                {
                    result[lang.Value] = text.Value;
                }
                else
                {
                    Diagnostics.Error(DiagnosticCodes.WrongType, LocationOf(value), $"'{key}.{lang.Value}' must be text, found {value.Describe}");
                }
            }

            return result;
        }

        return WrongType<IReadOnlyDictionary<string, string>>(key, node, "text or a mapping of language codes to text");
    }

    /// <summary>
    /// Reports every key that no reader asked for: a typo must not pass silently. A key close to a
    /// known one (<c>titel</c>) is told which one it probably meant.
    /// </summary>
    public void ReportUnknownKeys(string where, IEnumerable<string>? expected = null)
    {
        var known = (expected ?? _known).Order(StringComparer.Ordinal).ToList();
        foreach (var key in Map.Entries.Select(e => e.Key))
        {
            if (!_known.Contains(key.Value))
            {
                var guess = Suggestion.Closest(key.Value, known);
                Diagnostics.Error(DiagnosticCodes.UnknownKey, LocationOf(key),
                    $"unknown key '{key.Value}' in {where}{(guess is null ? string.Empty : $"; did you mean '{guess}'?")}",
                    $"known keys: {string.Join(", ", known)}");
            }
        }
    }

    /// <summary>
    /// For maps that keep keys they do not know (front matter: they become <c>page.params</c>):
    /// warns about each such key that is close to a known key the map lacks, since <c>titel</c>
    /// without a <c>title</c> is far more likely a typo than a parameter.
    /// </summary>
    public void ReportLikelyTypos(string where, IReadOnlyCollection<string> known, string keptAs)
    {
        var missing = known.Where(k => Map[k] is null).ToList();
        foreach (var key in Map.Entries.Select(e => e.Key))
        {
            if (!known.Contains(key.Value) && Suggestion.Closest(key.Value, missing) is { } guess)
            {
                Diagnostics.Warning(DiagnosticCodes.UnknownKey, LocationOf(key), $"unknown key '{key.Value}' in {where}; did you mean '{guess}'?",
                    $"rename it to '{guess}'; keys StaticEvent does not know are kept for templates as {keptAs}.{key.Value}");
            }
        }
    }

    private T? WrongType<T>(string key, DataNode node, string expected)
    {
        Diagnostics.Error(DiagnosticCodes.WrongType, LocationOf(node), $"'{key}' must be {expected}, found {node.Describe}");
        return default;
    }
}
