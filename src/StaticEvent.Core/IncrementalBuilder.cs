using StaticEvent.Assembling;
using StaticEvent.IO;
using StaticEvent.Rendering;

namespace StaticEvent;

/// <summary>
/// Builds a site again and again in memory, for the preview server. Each build reports which
/// output files changed since the previous one, so open pages reload only when theirs did (and
/// a stylesheet change can be applied without a reload). A failed build does not replace the
/// last good files: <see cref="BuildSnapshot.Files"/> stays the last good site.
/// </summary>
public sealed class IncrementalBuilder
{
    private readonly BuildOptions _options;
    private readonly IFileSource _source;
    private readonly BuildCaches _caches = new();
    private BuildSnapshot _last = BuildSnapshot.Empty;

    public IncrementalBuilder(BuildOptions options, IFileSource? source = null)
    {
        // One "now" for the whole session, to the second, unless the caller or site.yml fixes a date.
        var started = DateTimeOffset.UtcNow;
        _options = options with { OutputDirectory = null, Now = options.Now ?? started.AddTicks(-(started.Ticks % TimeSpan.TicksPerSecond)) };
        source ??= new PhysicalFileSource(options.SourceDirectory);
        _source = source is PhysicalFileSource physical ? new ListingCacheSource(physical) : source;
    }

    /// <summary>Pages rendered and pages reused by the last successful build.</summary>
    public (int Rendered, int Reused) LastCounts => _caches.Renders.LastCounts;

    /// <summary>The pages (by output path) the last successful build rendered rather than reused.</summary>
    internal IReadOnlySet<string> LastPagesRendered => _caches.Renders.LastPagesRendered;

    /// <summary>Content files the last build took over parsed, without reading them.</summary>
    internal int LastParsesReused => _caches.Parses.LastReused;

    /// <summary>The site documents (sitemap, feeds, exports, redirects) the last build rendered rather than reused.</summary>
    internal IReadOnlySet<string> LastDocumentsRendered => _caches.Renders.LastDocumentsRendered;

    /// <summary>Pages whose links the last link check looked at again.</summary>
    internal int LastLinksChecked => _caches.LinkChecks.LastChecked;

    /// <summary>The last successful build (empty before the first one succeeds).</summary>
    public BuildSnapshot LastGood => _last;

    /// <summary>
    /// Builds the site; on success the result becomes <see cref="LastGood"/>. Only pages whose
    /// inputs changed are rendered (see <see cref="PageFingerprints"/>); the output is
    /// byte-identical to a full build of the same files.
    /// </summary>
    /// <param name="cancellation">Stops the build.</param>
    /// <param name="changedPaths">
    /// The files (relative to the site, with '/') that may have changed since the previous build
    /// began, from a file watcher that saw every event since: settled files not among them are
    /// not even stat'ed. Null, the default, checks every file's stamp.
    /// </param>
    public BuildSnapshot Build(CancellationToken cancellation = default, IReadOnlySet<string>? changedPaths = null)
    {
        _caches.Parses.ChangedPaths = changedPaths;
        var sink = new SnapshotSink(_last.Files);
        var review = ReviewReport.Empty;
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(_source, sink, _options, cancellation, (site, now, urls) =>
                review = ReviewReportBuilder.Build(site, now, page => urls.Path(page.RelativeUrl)), _caches);
        }
        catch
        {
            _caches.Renders.Discard();
            throw;
        }

        if (!result.Succeeded)
        {
            _caches.Renders.Discard();
            return _last with { Result = result, ChangedFiles = new HashSet<string>() };
        }

        _caches.Renders.Commit();
        _last = new BuildSnapshot(result, sink.Files, sink.Changed(), review);
        return _last;
    }
}
