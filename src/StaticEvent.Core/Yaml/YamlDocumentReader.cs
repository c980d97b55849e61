using StaticEvent.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticEvent.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="DataNode"/> tree with hard limits, because YAML is
/// where hostile input hurts most: anchors and aliases are refused (no "billion laughs"),
/// nesting is capped before it can overflow the stack, duplicate keys are errors.
/// </summary>
internal static class YamlDocumentReader
{
    public const int MaxDepth = 64;

    /// <summary>
    /// Parses <paramref name="text"/>; <paramref name="lineOffset"/> is added to every line so YAML
    /// embedded in a larger file (front matter) reports positions in that file.
    /// </summary>
    public static DataNode? Read(string text, string path, int lineOffset, DiagnosticBag diagnostics) =>
        FlatYamlReader.TryRead(text, lineOffset) ?? ReadWithParser(text, path, lineOffset, diagnostics);

    /// <summary>The same, always through YamlDotNet's parser (the fast reader's tests compare the two).</summary>
    internal static DataNode? ReadWithParser(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        var lastEnd = (Line: 1, Column: 1);
        DataNode? root = null;
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            while (!parser.Accept<DocumentEnd>(out _))
            {
                var evt = parser.Consume<ParsingEvent>();
                var (line, column) = ((int)evt.Start.Line + lineOffset, (int)evt.Start.Column);
                lastEnd = ((int)evt.End.Line, (int)evt.End.Column);
                if (evt is AnchorAlias alias)
                {
                    diagnostics.Error(DiagnosticCodes.YamlAlias, new SourceLocation(path, line, column),
                        $"YAML aliases (*{alias.Value}) are not allowed", "write the value out in full");
                    return null;
                }

                if (evt is NodeEvent { Anchor.IsEmpty: false } anchored)
                {
                    diagnostics.Error(DiagnosticCodes.YamlAlias, new SourceLocation(path, line, column),
                        $"YAML anchors (&{anchored.Anchor}) are not allowed", "write the value out in full");
                    return null;
                }

                DataNode? completed = null;
                switch (evt)
                {
                    case Scalar scalar:
                        completed = new DataScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, line, column);
                        break;
                    case MappingStart or SequenceStart:
                        if (stack.Count >= MaxDepth)
                        {
                            diagnostics.Error(DiagnosticCodes.YamlTooDeep, new SourceLocation(path, line, column),
                                $"YAML nested deeper than {MaxDepth} levels", "flatten the data");
                            return null;
                        }

                        stack.Push(new Frame(evt is MappingStart, line, column));
                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = stack.Pop();
                        completed = frame.IsMap
                            ? new DataMap(frame.Entries, frame.Line, frame.Column)
                            : new DataList(frame.Items, frame.Line, frame.Column);
                        break;
                }

                if (completed is null)
                {
                    continue;
                }

                if (stack.Count == 0)
                {
                    root = completed;
                }
                else if (!stack.Peek().Accept(completed, path, diagnostics))
                {
                    return null;
                }
            }
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner can fail outside its own exception type on an unclosed flow
            // collection (`title: [x`); report it like any syntax error, after the last good token.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, lastEnd.Line + lineOffset, lastEnd.Column),
                $"invalid YAML: {ex.Message.TrimEnd('.')}", "close every [ and { you opened, or quote the value");
            return null;
        }
        catch (YamlException ex)
        {
            // YamlDotNet throws some tab errors without a position (an empty mark, 1:1), and others
            // ("found a tab character that violate indentation") at the start of the value before
            // the tab, on an earlier line: either way, point at the tab itself.
            var hasPosition = !(ex.Start.Equals(Mark.Empty) && ex.End.Equals(Mark.Empty));
            var aboutTab = CleanMessage(ex).Contains("tab", StringComparison.OrdinalIgnoreCase);
            var tab = !hasPosition || aboutTab ? FindIndentingTab(text, hasPosition ? (int)ex.Start.Line : 1) : null;
            var (line, column) = tab ?? ((int)ex.Start.Line, (int)ex.Start.Column);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, line + lineOffset, column),
                $"invalid YAML: {CleanMessage(ex)}", tab is null ? "check indentation, colons and quotes on this line" : "indent with spaces: YAML does not allow tabs there");
            return null;
        }

        return root;
    }

    /// <summary>The first tab in the indentation of a line from <paramref name="fromLine"/> on, 1-based, or null.</summary>
    private static (int Line, int Column)? FindIndentingTab(string text, int fromLine)
    {
        var line = 1;
        var column = 1;
        var inIndentation = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                (line, column, inIndentation) = (line + 1, 1, true);
                continue;
            }

            if (inIndentation && c == '\t' && line >= fromLine)
            {
                return (line, column);
            }

            inIndentation &= c == ' ';
            column++;
        }

        return null;
    }

    private static string CleanMessage(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message).TrimEnd('.');
    }

    private sealed class Frame(bool isMap, int line, int column)
    {
        private readonly Dictionary<string, DataScalar> _keys = new(StringComparer.Ordinal);
        private DataScalar? _pendingKey;

        public bool IsMap { get; } = isMap;

        public int Line { get; } = line;

        public int Column { get; } = column;

        public List<KeyValuePair<DataScalar, DataNode>> Entries { get; } = [];

        public List<DataNode> Items { get; } = [];

        public bool Accept(DataNode node, string path, DiagnosticBag diagnostics)
        {
            if (!IsMap)
            {
                Items.Add(node);
                return true;
            }

            if (_pendingKey is null)
            {
                if (node is not DataScalar key)
                {
                    diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, node.Line, node.Column),
                        "a mapping key must be a plain value", "use a simple word as the key");
                    return false;
                }

                if (!_keys.TryAdd(key.Value, key))
                {
                    var first = _keys[key.Value];
                    diagnostics.Error(DiagnosticCodes.DuplicateKey, new SourceLocation(path, key.Line, key.Column),
                        $"the key '{key.Value}' appears twice: first at line {first.Line}, column {first.Column}", "remove or rename one of them");
                }

                _pendingKey = key;
                return true;
            }

            Entries.Add(new(_pendingKey, node));
            _pendingKey = null;
            return true;
        }
    }
}
