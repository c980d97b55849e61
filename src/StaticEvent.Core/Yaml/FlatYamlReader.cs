using System.Buffers;

namespace StaticEvent.Yaml;

/// <summary>
/// Reads the shape nearly every front matter has — one <c>key: value</c> per line, the value a
/// plain word or sentence, a quoted string without escapes, or a one-line list of plain words —
/// without YamlDotNet, whose parser costs more per front matter than Markdig does per body (2.8 s
/// of CPU for the 10,000 front matters of the benchmark). It builds the same tree, with the same
/// positions, as <see cref="YamlDocumentReader"/>. Anything outside that shape, however slightly
/// (a tab, an escape, a comment after a value, a duplicate key, indentation), is declined, and
/// the full reader takes the whole document, errors and all.
/// </summary>
internal static class FlatYamlReader
{
    private static readonly SearchValues<char> FlowIndicators = SearchValues.Create("[]{},:#\"'");

    /// <summary>The tree of <paramref name="text"/>, or null when it is not flat YAML of that simple shape.</summary>
    public static DataMap? TryRead(string text, int lineOffset)
    {
        var entries = new List<KeyValuePair<DataScalar, DataNode>>();
        HashSet<string>? keys = null;
        var lineNumber = lineOffset;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
            start = end < 0 ? text.Length : end + 1;
            lineNumber++;
            if (line.IndexOfAnyInRange('\u0000', '\u001F') >= 0 || HasSpecialCharacters(line))
            {
                return null;
            }

            if (!line.ContainsAnyExcept(' ') || line[0] == '#')
            {
                continue;
            }

            if (Entry(line, lineNumber) is not { } entry)
            {
                return null;
            }

            keys ??= new HashSet<string>(StringComparer.Ordinal);
            if (!keys.Add(entry.Key.Value))
            {
                return null;
            }

            entries.Add(entry);
        }

        return entries.Count == 0 ? null : new DataMap(entries, entries[0].Key.Line, 1);
    }

    private static KeyValuePair<DataScalar, DataNode>? Entry(ReadOnlySpan<char> line, int lineNumber)
    {
        var colon = KeyLength(line);
        if (colon == 0 || colon + 1 >= line.Length || line[colon] != ':' || line[colon + 1] != ' ')
        {
            return null;
        }

        var valueStart = colon + 1;
        while (valueStart < line.Length && line[valueStart] == ' ')
        {
            valueStart++;
        }

        var raw = line[valueStart..].TrimEnd(' ');
        if (raw.IsEmpty)
        {
            return null;
        }

        var column = valueStart + 1;
        DataNode? value = raw[0] switch
        {
            '"' => DoubleQuoted(raw, lineNumber, column),
            '\'' => SingleQuoted(raw, lineNumber, column),
            '[' => FlowList(raw, lineNumber, column),
            _ => IsPlain(raw, inFlow: false) ? new DataScalar(raw.ToString(), isPlain: true, lineNumber, column) : null,
        };
        return value is null ? null : new(new DataScalar(line[..colon].ToString(), isPlain: true, lineNumber, 1), value);
    }

    // A key is a plain identifier at the start of the line: letters, digits, '_' and '-'.
    private static int KeyLength(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || !(char.IsAsciiLetter(line[0]) || line[0] == '_'))
        {
            return 0;
        }

        var length = 1;
        while (length < line.Length && (char.IsAsciiLetterOrDigit(line[length]) || line[length] is '_' or '-'))
        {
            length++;
        }

        return length;
    }

    private static DataScalar? DoubleQuoted(ReadOnlySpan<char> raw, int line, int column)
    {
        var inner = raw[1..];
        var close = inner.IndexOfAny('"', '\\');
        return close == inner.Length - 1 && inner[close] == '"'
            ? new DataScalar(inner[..close].ToString(), isPlain: false, line, column)
            : null;
    }

    private static DataScalar? SingleQuoted(ReadOnlySpan<char> raw, int line, int column)
    {
        if (raw.Length < 2 || raw[^1] != '\'')
        {
            return null;
        }

        // Inside, a quote only appears doubled ('' stands for ').
        var inner = raw[1..^1];
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\'' && (i + 1 == inner.Length || inner[++i] != '\''))
            {
                return null;
            }
        }

        return new DataScalar(inner.ToString().Replace("''", "'", StringComparison.Ordinal), isPlain: false, line, column);
    }

    private static DataList? FlowList(ReadOnlySpan<char> raw, int line, int column)
    {
        if (raw[^1] != ']')
        {
            return null;
        }

        var items = new List<DataNode>();
        var inner = raw[1..^1];
        if (!inner.ContainsAnyExcept(' '))
        {
            return new DataList(items, line, column);
        }

        foreach (var range in inner.Split(','))
        {
            var part = inner[range];
            var lead = part.Length - part.TrimStart(' ').Length;
            var item = part.Trim(' ');
            if (item.IsEmpty || !IsPlain(item, inFlow: true))
            {
                return null;
            }

            items.Add(new DataScalar(item.ToString(), isPlain: true, line, column + 1 + range.Start.Value + lead));
        }

        return new DataList(items, line, column);
    }

    // A plain scalar that starts with no YAML indicator and holds nothing YAML would read as a
    // mapping (': ', a final ':'), a comment (' #') or, inside [ ], the list's own punctuation.
    private static bool IsPlain(ReadOnlySpan<char> value, bool inFlow)
    {
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0]) || value[^1] == ':')
        {
            return false;
        }

        if (value.IndexOf(": ", StringComparison.Ordinal) >= 0 || value.IndexOf(" #", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        return !inFlow || (value.IndexOfAny(FlowIndicators) < 0 && !value.ContainsAnyInRange('\uD800', '\uDFFF'));
    }

    // Characters YAML treats as line breaks, byte order marks or non-characters, and C1 controls:
    // the full reader knows what to do with them.
    private static bool HasSpecialCharacters(ReadOnlySpan<char> line) =>
        line.IndexOfAnyInRange('\u007F', '\u009F') >= 0 || line.IndexOfAny('\u2028', '\u2029', '\uFEFF') >= 0 || line.IndexOfAny('\uFFFE', '\uFFFF') >= 0;
}
