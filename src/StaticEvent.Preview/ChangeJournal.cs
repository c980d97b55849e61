namespace StaticEvent.Preview;

/// <summary>
/// The files the watcher saw change since the last build took the journal: the next build then
/// stats only those (<see cref="IncrementalBuilder.Build"/>). When events may have been lost (an
/// overflowed buffer, a watched folder replaced, polling, a folder moved with files in it), the
/// journal says "unknown" and that build checks every file's stamp, as without a watcher.
/// </summary>
internal sealed class ChangeJournal
{
    private readonly Lock _lock = new();
    private HashSet<string>? _paths;

    /// <summary>A file (relative to the site, with '/') that changed, appeared or went.</summary>
    public void Add(string relativePath)
    {
        lock (_lock)
        {
            _paths?.Add(relativePath);
        }
    }

    /// <summary>Events were lost or cannot name the files: the next build checks every file.</summary>
    public void Lose()
    {
        lock (_lock)
        {
            _paths = null;
        }
    }

    /// <summary>
    /// What changed since the last call (null: unknown), and starts a new record. Taken as a build
    /// begins: a change during the build is in the next one's.
    /// </summary>
    public IReadOnlySet<string>? Take()
    {
        lock (_lock)
        {
            var taken = _paths;
            _paths = new HashSet<string>(StringComparer.Ordinal);
            return taken;
        }
    }
}
