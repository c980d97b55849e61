namespace StaticEvent.Preview;

/// <summary>
/// Watches the parts of a site folder that a build reads (content/, data/, themes/, static/,
/// layouts/, i18n/ and site.yml) and calls back once things have been quiet for the debounce
/// time. The output and staging folders are not watched, and editors' temporary files (.swp, ~,
/// .#…, 4913, JetBrains' ___jb_tmp___) are ignored. Survives folders that are deleted, renamed
/// or created while it runs; falls back to polling when the system has no watchers left.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    /// <summary>The folders of a site that a build reads, watched with everything below them.</summary>
    public static readonly IReadOnlyList<string> WatchedFolders = ["content", "data", "themes", "static", "layouts", "i18n"];

    /// <summary>The files at the top of a site that a build reads.</summary>
    public static readonly IReadOnlyList<string> WatchedFiles = ["site.yml"];

    // A steady stream of events (a git checkout) still rebuilds at least this often.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private readonly string _root;
    private readonly TimeSpan _debounce;
    private readonly Action _onChange;
    private readonly TextWriter _log;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private FileSystemWatcher? _top;
    private Timer? _poll;
    private string? _pollStamp;
    private DateTime _firstPending = DateTime.MaxValue;
    private bool _disposed;

    /// <param name="root">The site folder.</param>
    /// <param name="debounce">How long to wait after the last change.</param>
    /// <param name="onChange">Called on a timer thread after changes; should return at once (it only asks for a build).</param>
    /// <param name="log">Where to say that the watcher fell back to polling.</param>
    public SiteWatcher(string root, TimeSpan debounce, Action onChange, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        _root = Path.GetFullPath(root);
        _debounce = debounce;
        _onChange = onChange;
        _log = log ?? TextWriter.Null;
        _timer = new Timer(_ => Fire());
    }

    /// <summary>Where the watcher writes the files it saw change (or that it lost track).</summary>
    public ChangeJournal? Journal { get; init; }

    /// <summary>True when the system refused file watchers and the folder is polled instead.</summary>
    public bool IsPolling => _poll is not null;

    /// <summary>Polls from the start, as when the system has no watchers left (tests of that fallback).</summary>
    internal bool PollOnly { get; init; }

    /// <summary>Starts watching.</summary>
    public void Start()
    {
        lock (_lock)
        {
            if (PollOnly)
            {
                StartPolling(new IOException("polling was asked for"));
                return;
            }

            try
            {
                _top = new FileSystemWatcher(_root)
                {
                    IncludeSubdirectories = false,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                };
                _top.Created += (_, e) => OnTopLevel(e.Name, moved: true);
                _top.Changed += (_, e) => OnTopLevel(e.Name, moved: false);
                _top.Deleted += (_, e) => OnTopLevel(e.Name, moved: true);
                _top.Renamed += (_, e) =>
                {
                    OnTopLevel(e.OldName, moved: true);
                    OnTopLevel(e.Name, moved: true);
                };
                _top.Error += (_, e) => OnError(e.GetException());
                _top.EnableRaisingEvents = true;
                RefreshFolders();
            }
            catch (IOException exception)
            {
                StartPolling(exception);
            }
        }
    }

    /// <summary>
    /// Whether a change to <paramref name="relativePath"/> (with <c>/</c> separators, relative to the
    /// site folder) can change the built site.
    /// </summary>
    public static bool IsRelevant(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            return WatchedFiles.Contains(parts[0]) || WatchedFolders.Contains(parts[0]);
        }

        return WatchedFolders.Contains(parts[0]) && !parts.Any(p => p == ".git") && !IsEditorTemporary(parts[^1]);
    }

    /// <summary>Editors' swap, backup and safe-write files, which never end up in a site.</summary>
    public static bool IsEditorTemporary(string fileName) =>
        fileName.EndsWith('~')
        || fileName.StartsWith(".#", StringComparison.Ordinal)
        || (fileName.StartsWith('#') && fileName.EndsWith('#'))
        || fileName == "4913"
        || fileName.StartsWith(".goutputstream-", StringComparison.Ordinal)
        || fileName.StartsWith("~$", StringComparison.Ordinal)
        || fileName.Contains("___jb_tmp___", StringComparison.Ordinal)
        || fileName.Contains("___jb_old___", StringComparison.Ordinal)
        || fileName == ".DS_Store"
        || Path.GetExtension(fileName).ToLowerInvariant() is ".swp" or ".swo" or ".swn" or ".swx" or ".tmp" or ".crdownload" or ".part";

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _top?.Dispose();
            foreach (var watcher in _folders.Values)
            {
                watcher.Dispose();
            }

            _folders.Clear();
            _poll?.Dispose();
            _timer.Dispose();
        }
    }

    // A watched folder that appears, goes or is renamed needs a new watcher (inotify watches the
    // folder, not its name); a folder's own time changing says nothing: its watcher reports the files.
    private void OnTopLevel(string? name, bool moved)
    {
        if (name is null || !IsRelevant(name))
        {
            return;
        }

        if (WatchedFolders.Contains(name))
        {
            if (!moved)
            {
                return;
            }

            lock (_lock)
            {
                RefreshFolders(name);
            }
        }

        // site.yml, or a whole watched folder replaced: every file is checked.
        Journal?.Lose();
        Touch();
    }

    private void OnFolderEvent(string folder, string? name)
    {
        if (name is null)
        {
            return;
        }

        var path = folder + "/" + name.Replace(Path.DirectorySeparatorChar, '/');
        if (IsRelevant(path))
        {
            // A folder moved in (or back) brings files whose own events were not seen.
            if (Directory.Exists(Path.Combine(_root, path)))
            {
                Journal?.Lose();
            }
            else
            {
                Journal?.Add(path);
            }

            Touch();
        }
    }

    private void OnError(Exception exception)
    {
        // An overflowed buffer lost events: rebuild anyway (builds are always complete), and
        // rewatch, in case a watched folder went away with its watcher.
        _log.WriteLine($"watcher: {exception.Message}; rebuilding everything");
        Journal?.Lose();
        lock (_lock)
        {
            RefreshFolders();
        }

        Touch();
    }

    // Under _lock. A folder that was deleted or renamed loses its watcher: make a new one when it is back.
    private void RefreshFolders(string? only = null)
    {
        if (_disposed || _poll is not null)
        {
            return;
        }

        foreach (var folder in WatchedFolders.Where(f => only is null || f == only))
        {
            var full = Path.Combine(_root, folder);
            var exists = Directory.Exists(full);
            if (_folders.Remove(folder, out var old))
            {
                old.Dispose();
            }

            if (!exists)
            {
                continue;
            }

            try
            {
                var watcher = new FileSystemWatcher(full)
                {
                    IncludeSubdirectories = true,
                    InternalBufferSize = 64 * 1024,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                };
                watcher.Created += (_, e) => OnFolderEvent(folder, e.Name);
                watcher.Changed += (_, e) => OnFolderEvent(folder, e.Name);
                watcher.Deleted += (_, e) => OnFolderEvent(folder, e.Name);
                watcher.Renamed += (_, e) =>
                {
                    OnFolderEvent(folder, e.OldName);
                    OnFolderEvent(folder, e.Name);
                };
                watcher.Error += (_, e) => OnError(e.GetException());
                watcher.EnableRaisingEvents = true;
                _folders[folder] = watcher;
            }
            catch (IOException exception)
            {
                StartPolling(exception);
                return;
            }
            catch (ArgumentException)
            {
                // The folder went away between the check and the watcher: its Created event follows.
            }
        }
    }

    // Under _lock. inotify limits ("The configured user limit (128) on the number of inotify
    // instances has been reached") leave polling as the only way to keep the preview live.
    private void StartPolling(Exception reason)
    {
        if (_poll is not null)
        {
            return;
        }

        _log.WriteLine($"watcher: {reason.Message}; checking the site folder every {PollInterval.TotalSeconds:0} s instead");
        Journal?.Lose();
        _top?.Dispose();
        _top = null;
        foreach (var watcher in _folders.Values)
        {
            watcher.Dispose();
        }

        _folders.Clear();
        _pollStamp = Stamp();
        _poll = new Timer(_ => Poll(), null, PollInterval, PollInterval);
    }

    private void Poll()
    {
        var stamp = Stamp();
        if (stamp != Interlocked.Exchange(ref _pollStamp, stamp))
        {
            // Polling sees that something changed, not what.
            Journal?.Lose();
            Touch();
        }
    }

    // Every watched file's path, size and time, hashed: any edit, addition or removal changes it.
    private string Stamp()
    {
        var hash = new HashCode();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var file in WatchedFiles)
        {
            var info = new FileInfo(Path.Combine(_root, file));
            hash.Add(info.Exists ? info.Length : -1);
            hash.Add(info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
        }

        foreach (var folder in WatchedFolders)
        {
            var full = Path.Combine(_root, folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            try
            {
                foreach (var info in new DirectoryInfo(full).EnumerateFiles("*", options).OrderBy(f => f.FullName, StringComparer.Ordinal))
                {
                    if (!IsEditorTemporary(info.Name))
                    {
                        hash.Add(info.FullName, StringComparer.Ordinal);
                        hash.Add(info.Length);
                        hash.Add(info.LastWriteTimeUtc.Ticks);
                    }
                }
            }
            catch (IOException)
            {
                hash.Add(Guid.NewGuid());
            }
        }

        return hash.ToHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Touch()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var now = DateTime.UtcNow;
            if (_firstPending == DateTime.MaxValue)
            {
                _firstPending = now;
            }

            var wait = now - _firstPending >= MaxDelay ? TimeSpan.Zero : _debounce;
            _timer.Change(wait, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _firstPending = DateTime.MaxValue;
        }

        _onChange();
    }
}
