namespace StaticEvent.Diagnostics;

/// <summary>
/// Collects the problems of one build from every stage. Thread-safe, because parsing and
/// rendering run in parallel; the same problem reported twice is kept once.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly Lock _lock = new();
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<Diagnostic> _seen = [];

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    public int ErrorCount
    {
        get
        {
            lock (_lock)
            {
                return _items.Count(d => d.IsError);
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    [ThreadStatic]
    private static List<Diagnostic>? t_tap;

    /// <summary>
    /// Also records, until disposed, what this thread adds to any bag: the incremental build keeps
    /// a page's own problems with its output so they are reported again when the output is reused.
    /// </summary>
    public static IDisposable Tap(List<Diagnostic> into)
    {
        var previous = t_tap;
        t_tap = into;
        return new Untap(previous);
    }

    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        t_tap?.Add(diagnostic);
        lock (_lock)
        {
            if (_seen.Add(diagnostic))
            {
                _items.Add(diagnostic);
            }
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void Error(string code, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(code, Severity.Error, location, message, hint));

    public void Warning(string code, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(code, Severity.Warning, location, message, hint));

    private sealed class Untap(List<Diagnostic>? previous) : IDisposable
    {
        public void Dispose() => t_tap = previous;
    }

    /// <summary>Every diagnostic, sorted by file, line, column and code so output is stable.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_lock)
        {
            return _items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
