namespace StaticEvent.Diagnostics;

/// <summary>
/// Collects the problems of one build from every stage. Thread-safe, because parsing and
/// rendering run in parallel; the same problem reported twice is kept once. A problem found while
/// rendering pages (<see cref="Diagnostic.Page"/>) with the same code, place, message and hint on
/// several pages — one template mistake — is kept once, with the first page by path and the
/// number of others, so that the report does not depend on which thread rendered what first, and
/// a preview build that replays pages' problems reports what a full build does.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly Lock _lock = new();
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<Diagnostic> _seen = [];
    private readonly Dictionary<PageProblem, PageGroup> _onPages = [];

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.IsError) || _onPages.Keys.Any(k => k.Severity == Severity.Error);
            }
        }
    }

    /// <summary>The errors so far, a template mistake on several pages counting once.</summary>
    public int ErrorCount
    {
        get
        {
            lock (_lock)
            {
                return _items.Count(d => d.IsError) + _onPages.Keys.Count(k => k.Severity == Severity.Error);
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count + _onPages.Count;
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
            if (diagnostic.Page is { } page)
            {
                var key = new PageProblem(diagnostic.Code, diagnostic.Severity, diagnostic.Location, diagnostic.MessageWithoutPage, diagnostic.Hint);
                if (!_onPages.TryGetValue(key, out var group))
                {
                    _onPages[key] = group = new PageGroup(diagnostic);
                }

                group.Add(page, diagnostic.OtherPages);
            }
            else if (_seen.Add(diagnostic))
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
                .Concat(_onPages.Values.Select(g => g.ToDiagnostic()))
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>What makes two pages' problems the same problem: everything but the page.</summary>
    private readonly record struct PageProblem(string Code, Severity Severity, SourceLocation Location, string Message, string? Hint);

    /// <summary>The pages one problem was found on.</summary>
    private sealed class PageGroup(Diagnostic first)
    {
        private readonly HashSet<string> _pages = new(StringComparer.Ordinal);

        // A problem already counted on several pages (a bag's list added to another) keeps its count.
        private int _othersReported;

        public void Add(string page, int others)
        {
            _pages.Add(page);
            _othersReported = Math.Max(_othersReported, others);
        }

        public Diagnostic ToDiagnostic() =>
            first.OnPages(_pages.Min(StringComparer.Ordinal)!, Math.Max(_pages.Count - 1, _othersReported));
    }
}
