using System.Diagnostics;

namespace StaticEvent.Publishing;

/// <summary>
/// Carries out a <see cref="DeployPlan"/>: uploads stage by stage (assets, pages, documents; within
/// a stage in parallel), then deletes, then stores the manifest. Each step is safe to repeat, so a
/// deploy cut off anywhere is finished by running it again.
/// </summary>
internal sealed class Deployer
{
    private readonly IObjectStore _store;
    private readonly int _parallelism;

    public Deployer(IObjectStore store, int parallelism = 8)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _parallelism = Math.Max(1, parallelism);
    }

    /// <summary>Reads the bucket and the manifest, and plans what to do with <paramref name="files"/>.</summary>
    public async Task<(DeployPlan Plan, DeployManifest Manifest)> PlanAsync(IReadOnlyList<PublishedFile> files, CancellationToken cancellation)
    {
        var remote = await _store.ListAsync(cancellation).ConfigureAwait(false);
        var manifest = remote.Any(o => o.Path == DeployManifest.FileName)
            ? DeployManifest.Parse(await _store.GetAsync(DeployManifest.FileName, cancellation).ConfigureAwait(false))
            : DeployManifest.Empty;
        return (DeployPlan.Create(files, remote, manifest), manifest);
    }

    /// <param name="plan">From <see cref="PlanAsync"/>.</param>
    /// <param name="previous">The manifest <see cref="PlanAsync"/> read: stored again only when it changes.</param>
    /// <param name="progress">Told of each finished step (from several threads).</param>
    /// <param name="cancellation">Stops between steps; what is done stays done.</param>
    public async Task<DeploySummary> RunAsync(DeployPlan plan, DeployManifest previous, Action<DeployStep>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(previous);
        var clock = Stopwatch.StartNew();
        var total = plan.Uploads.Count + plan.Deletes.Count;
        var done = 0;
        var etags = new Dictionary<string, string>(plan.UnchangedETags, StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancellation };

        // A stage starts when the one before is all stored: a page never goes up before its stylesheet.
        foreach (var stage in plan.Uploads.GroupBy(f => f.Stage).OrderBy(g => g.Key))
        {
            await Parallel.ForEachAsync(stage, options, async (file, token) =>
            {
                var body = await File.ReadAllBytesAsync(file.FullPath, token).ConfigureAwait(false);
                var etag = await _store.PutAsync(file.Path, body, file.ContentType, file.CacheControl, file.ContentLanguage, token).ConfigureAwait(false);
                lock (etags)
                {
                    etags[file.Path] = etag;
                }

                progress?.Invoke(new DeployStep("upload", file.Path, Interlocked.Increment(ref done), total));
            }).ConfigureAwait(false);
        }

        // Deletions last: until the new pages are up, the old ones still answer.
        await Parallel.ForEachAsync(plan.Deletes, options, async (path, token) =>
        {
            await _store.DeleteAsync(path, token).ConfigureAwait(false);
            progress?.Invoke(new DeployStep("delete", path, Interlocked.Increment(ref done), total));
        }).ConfigureAwait(false);

        var entries = plan.Uploads.Concat(plan.Unchanged)
            .ToDictionary(f => f.Path, f => new DeployManifest.Entry(f.Md5, etags[f.Path], f.HeaderSignature), StringComparer.Ordinal);
        if (entries.Count != previous.Entries.Count || entries.Any(e => previous.Entries.GetValueOrDefault(e.Key) != e.Value))
        {
            var manifest = new DeployManifest(entries);
            await _store.PutAsync(DeployManifest.FileName, manifest.ToBytes(), "application/json; charset=utf-8", "no-store", null, cancellation).ConfigureAwait(false);
        }

        return new DeploySummary(plan.Uploads.Count, plan.Deletes.Count, plan.Unchanged.Count, plan.UploadBytes, clock.Elapsed);
    }
}
