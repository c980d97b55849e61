using System.Diagnostics;
using System.Threading.Channels;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.IO;

namespace StaticEvent.Preview;

/// <summary>
/// Runs the preview's builds one at a time and publishes each result as a new
/// <see cref="PreviewState"/>. Requests that arrive during a build are coalesced into one more
/// build after it, so a burst of saves costs at most two builds and the last one sees every file.
/// A failed build keeps the last good files and only records its errors.
/// </summary>
internal sealed class RebuildLoop : IDisposable
{
    /// <summary>The code of the diagnostic shown when a build throws instead of reporting: a bug in StaticEvent.</summary>
    public const string CrashCode = "SE999";

    private readonly IncrementalBuilder _builder;
    private readonly IFileSource _source;
    private readonly TextWriter _log;
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _buildLock = new();
    private volatile PreviewState _state;
    private TaskCompletionSource<PreviewState> _next = NewWaiter();
    private Task? _loop;

    public RebuildLoop(BuildOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _source = new PhysicalFileSource(options.SourceDirectory);
        _builder = new IncrementalBuilder(options with { OutputDirectory = null }, _source);
        _log = log ?? TextWriter.Null;
        _state = new PreviewState
        {
            BuildId = _instance + "-0",
            Version = 0,
            BuildCount = 0,
            Files = new Dictionary<string, byte[]>(),
            ChangedFiles = new HashSet<string>(),
            BasePath = "/",
            Languages = [],
            Review = ReviewReport.Empty,
            Errors = [],
            Warnings = [],
            BuildTime = TimeSpan.Zero,
        };
    }

    /// <summary>
    /// What the watcher saw change, when one watches the site; without one, every build checks
    /// every file's stamp.
    /// </summary>
    public ChangeJournal? Journal { get; set; }

    /// <summary>Called after each build with the previous and the new state, on the build's thread.</summary>
    public event Action<PreviewState, PreviewState>? Built;

    /// <summary>What is served now.</summary>
    public PreviewState Current => _state;

    /// <summary>Starts the background loop that serves <see cref="Request"/>.</summary>
    public void Start() => _loop ??= Task.Run(RunAsync);

    /// <summary>Asks for a build; returns at once. Several requests during one build make one more build.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    /// <summary>Builds now on the calling thread (the first build, and tests), waiting for a build in progress.</summary>
    public PreviewState BuildNow()
    {
        lock (_buildLock)
        {
            var previous = _state;
            var next = BuildState(previous);
            _state = next;
            Interlocked.Exchange(ref _next, NewWaiter()).TrySetResult(next);
            Built?.Invoke(previous, next);
            return next;
        }
    }

    /// <summary>Waits for the first build that finishes after build number <paramref name="buildCount"/>.</summary>
    public async Task<PreviewState> WaitForBuildAsync(long buildCount, CancellationToken cancellation = default)
    {
        while (true)
        {
            var waiter = Volatile.Read(ref _next);
            var state = _state;
            if (state.BuildCount > buildCount)
            {
                return state;
            }

            await waiter.Task.WaitAsync(cancellation).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _requests.Writer.TryComplete();
        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation; nothing to report when stopping.
        }

        _stop.Dispose();
    }

    private static TaskCompletionSource<PreviewState> NewWaiter() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task RunAsync()
    {
        try
        {
            while (await _requests.Reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
            {
                _requests.Reader.TryRead(out _);
                BuildNow();
                await CollectWhileIdleAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// Collects the rebuild's garbage once the pages have been told, unless another build is
    /// already waiting. A rebuild of a large site leaves about 100 MiB of short-lived objects (the
    /// previous site model, lists, hashes); left to the GC, the collection falls inside the next
    /// rebuild, while it holds a whole new model alive, and pauses it for 40-190 ms at 10,000 pages.
    /// Collected here, it costs the same 40-70 ms while the reviewer reads the reloaded page.
    /// </summary>
    private async Task CollectWhileIdleAsync()
    {
        // Time for the reload events to leave (a collection stops every thread).
        await Task.Delay(IdleCollectionDelay, _stop.Token).ConfigureAwait(false);
        if (!_requests.Reader.TryPeek(out _))
        {
            GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
    }

    private static readonly TimeSpan IdleCollectionDelay = TimeSpan.FromMilliseconds(20);

    private PreviewState BuildState(PreviewState previous)
    {
        var clock = Stopwatch.StartNew();
        BuildSnapshot snapshot;
        try
        {
            snapshot = _builder.Build(_stop.Token, Journal?.Take());
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return previous;
        }
#pragma warning disable CA1031 // A crash of one build must not stop the preview: it is shown like any error.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var crash = new Diagnostic(CrashCode, Severity.Error, new SourceLocation("."), $"the build crashed: {exception.GetType().Name}: {exception.Message}",
                "this is a bug in StaticEvent; the terminal shows the details, please report them");
            _log.WriteLine(exception.ToString());
            return Failed(previous, [crash], [], clock.Elapsed);
        }

        var errors = snapshot.Result.Diagnostics.Where(d => d.IsError).ToList();
        var warnings = snapshot.Result.Diagnostics.Where(d => !d.IsError).ToList();
        if (!snapshot.Result.Succeeded)
        {
            return Failed(previous, errors, warnings, clock.Elapsed);
        }

        var config = SiteConfigLoader.Load(_source, new DiagnosticBag());
        var changed = snapshot.ChangedFiles;
        var version = changed.Count > 0 || previous.Version == 0 ? previous.Version + 1 : previous.Version;
        var next = previous with
        {
            BuildId = $"{_instance}-{version}",
            Version = version,
            BuildCount = previous.BuildCount + 1,
            Files = snapshot.Files,
            ChangedFiles = changed,
            BasePath = config?.BasePath ?? previous.BasePath,
            Languages = config is null ? previous.Languages : [config.DefaultLanguage, .. config.Languages.Select(l => l.Code).Where(c => c != config.DefaultLanguage)],
            Review = snapshot.Review,
            Errors = [],
            Warnings = warnings,
            BuildTime = clock.Elapsed,
        };
        ReportWarnings(previous, warnings);
        var what = previous.Version == 0 ? $"{snapshot.Files.Count} files" : $"{changed.Count} file{(changed.Count == 1 ? string.Empty : "s")} changed";
        _log.WriteLine($"{(previous.Version == 0 ? "Built" : "Rebuilt")} in {clock.ElapsedMilliseconds} ms: {what}.");
        return next;
    }

    private PreviewState Failed(PreviewState previous, IReadOnlyList<Diagnostic> errors, IReadOnlyList<Diagnostic> warnings, TimeSpan elapsed)
    {
        foreach (var error in errors)
        {
            _log.WriteLine(error.ToString());
        }

        ReportWarnings(previous, warnings);
        var serving = previous.Version == 0 ? "nothing to serve yet" : "still serving the last good site";
        _log.WriteLine($"Build failed in {(long)elapsed.TotalMilliseconds} ms: {errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}; {serving}.");
        return previous with
        {
            BuildCount = previous.BuildCount + 1,
            ChangedFiles = new HashSet<string>(),
            Errors = errors,
            Warnings = warnings,
            BuildTime = elapsed,
        };
    }

    // Each warning once, when it first appears: a rebuild after every save would otherwise repeat them all.
    private void ReportWarnings(PreviewState previous, IReadOnlyList<Diagnostic> warnings)
    {
        var seen = previous.Warnings.ToHashSet();
        foreach (var warning in warnings.Where(w => !seen.Contains(w)))
        {
            _log.WriteLine(warning.ToString());
        }
    }
}
