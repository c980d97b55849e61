using System.Diagnostics;

namespace StaticEvent.Bench.Profile;

/// <summary>Wall time, process CPU time, allocations, collections and GC pauses of each stage.</summary>
internal sealed class StageProbe
{
    private readonly List<string> _rows = [];
    private readonly Stopwatch _total = Stopwatch.StartNew();

    public T Run<T>(string name, Func<T> stage)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var result = stage();
        clock.Stop();
        process.Refresh();
        var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
        _rows.Add(string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "| {0,-56} | {1,8:0} | {2,8:0} | {3,9:0} | {4,4}/{5,3}/{6,3} | {7,7:0} | {8,8:0} | {9,8:0} |",
            name,
            clock.Elapsed.TotalMilliseconds,
            (process.TotalProcessorTime - cpu).TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            (GC.GetTotalPauseDuration() - pause).TotalMilliseconds,
            heap / 1048576.0,
            process.WorkingSet64 / 1048576.0));
        Console.WriteLine(_rows[^1]);
        return result;
    }

    public void Run(string name, Action stage) => Run(name, () =>
    {
        stage();
        return 0;
    });

    public void Print()
    {
        var process = Process.GetCurrentProcess();
        Console.WriteLine();
        Console.WriteLine("| stage                                                    |  wall ms |   CPU ms | alloc MiB | GC 0/1/2     | pause ms | heap MiB |   RSS MiB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in _rows)
        {
            Console.WriteLine(row);
        }

        Console.WriteLine($"total {_total.Elapsed.TotalSeconds:0.00} s; peak RSS {process.PeakWorkingSet64 / 1048576.0:0} MiB; GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms; allocated {GC.GetTotalAllocatedBytes() / 1048576.0:0} MiB");
    }
}
