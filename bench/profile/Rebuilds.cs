using System.Diagnostics;
using System.Globalization;

namespace StaticEvent.Bench.Profile;

/// <summary>
/// The preview's rebuild after one saved article, in process and stage by stage: builds the site
/// with <see cref="IncrementalBuilder"/>, then appends a paragraph to ARTICLE and rebuilds, again
/// and again, printing each rebuild's stages (<c>BuildResult.Stages</c>), pages rendered and reused,
/// and files changed. The article is restored at the end. The first rebuilds run code the JIT has
/// not optimized yet; read the later ones.
///
///   dotnet run -c Release --project bench/profile -- SITE --rebuilds N --article content/PATH.md
/// </summary>
internal static class Rebuilds
{
    public static int Run(string siteFolder, int count, string article)
    {
        var path = Path.Combine(siteFolder, article);
        var original = File.ReadAllBytes(path);
        var builder = new IncrementalBuilder(new BuildOptions { SourceDirectory = siteFolder, IncludeDrafts = true });
        var clock = Stopwatch.StartNew();
        var first = builder.Build();
        Console.WriteLine($"first build {clock.ElapsedMilliseconds} ms, {first.Files.Count} files, succeeded {first.Result.Succeeded}");
        try
        {
            var totals = new List<double>();
            for (var i = 1; i <= count; i++)
            {
                File.AppendAllText(path, $"\n\nA paragraph added by rebuild {i}.\n");
                var (gen0, gen1, gen2, pause, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
                var noGc = Environment.GetEnvironmentVariable("NOGC") is { } mb && GC.TryStartNoGCRegion(long.Parse(mb, CultureInfo.InvariantCulture) << 20);
                clock.Restart();
                // As the preview's watcher tells it: only the saved file may have changed.
                var snapshot = builder.Build(changedPaths: new HashSet<string>(StringComparer.Ordinal) { article });
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
                {
                    GC.EndNoGCRegion();
                }

                if (Environment.GetEnvironmentVariable("IDLEGC") is { } generation)
                {
                    var idle = Stopwatch.StartNew();
                    GC.Collect(int.Parse(generation, CultureInfo.InvariantCulture), GCCollectionMode.Forced, blocking: true);
                    Console.WriteLine($"  idle GC {idle.ElapsedMilliseconds} ms");
                }
                totals.Add(elapsed);
                var gc = string.Create(CultureInfo.InvariantCulture,
                    $"GC {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms, {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:0} MiB allocated");
                var stages = string.Join(", ", snapshot.Result.Stages.Select(s =>
                    string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms/{s.AllocatedBytes / 1048576.0:0} MiB")));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"rebuild {i,2}: {elapsed,6:0} ms; rendered {builder.LastCounts.Rendered}, reused {builder.LastCounts.Reused}, changed {snapshot.ChangedFiles.Count}; {gc}; {stages}"));
            }

            var later = totals.Skip(count / 2).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median of the last {later.Count} rebuilds: {later[later.Count / 2]:0} ms"));
        }
        finally
        {
            File.WriteAllBytes(path, original);
        }

        return 0;
    }
}
