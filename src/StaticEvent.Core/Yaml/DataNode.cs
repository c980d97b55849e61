namespace StaticEvent.Yaml;

/// <summary>
/// A YAML value with the 1-based line and column where it starts in its file. Our own small tree,
/// built from parser events, so every value can be traced back for error messages.
/// </summary>
internal abstract class DataNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public abstract string Describe { get; }
}

/// <summary>A scalar; <see cref="IsPlain"/> is false for quoted and block scalars, which are always strings.</summary>
internal sealed class DataScalar(string value, bool isPlain, int line, int column) : DataNode(line, column)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>A plain <c>~</c>, <c>null</c> or empty value.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe => IsNull ? "nothing" : $"'{Value}'";
}

/// <summary>A mapping, keys in file order.</summary>
internal sealed class DataMap(IReadOnlyList<KeyValuePair<DataScalar, DataNode>> entries, int line, int column) : DataNode(line, column)
{
    public IReadOnlyList<KeyValuePair<DataScalar, DataNode>> Entries { get; } = entries;

    public override string Describe => "a mapping";

    public DataNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }
}

/// <summary>A sequence.</summary>
internal sealed class DataList(IReadOnlyList<DataNode> items, int line, int column) : DataNode(line, column)
{
    public IReadOnlyList<DataNode> Items { get; } = items;

    public override string Describe => "a list";
}
