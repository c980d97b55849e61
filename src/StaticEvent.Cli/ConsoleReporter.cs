using System.Globalization;
using StaticEvent.Diagnostics;

namespace StaticEvent.Cli;

/// <summary>Prints diagnostics and the build summary on stderr, in the format editors can jump from.</summary>
public static class ConsoleReporter
{
    /// <param name="result">The build to report.</param>
    /// <param name="action">"Build" or "Check".</param>
    /// <param name="quiet">Print only errors.</param>
    /// <param name="writer">Where to print; stderr by default.</param>
    public static void Report(BuildResult result, string action, bool quiet, TextWriter? writer = null)
    {
        writer ??= Console.Error;
        foreach (var diagnostic in result.Diagnostics.Where(d => !quiet || d.IsError))
        {
            writer.WriteLine(diagnostic.ToString());
        }

        if (quiet)
        {
            return;
        }

        var perLanguage = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var outcome = result.Succeeded ? (action == "Build" ? "Built" : "Checked") : $"{action} failed";
        var pages = result.PagesPerLanguage.Count > 0 ? $": {result.PagesPerLanguage.Values.Sum()} pages ({perLanguage})" : string.Empty;
        writer.WriteLine($"{outcome}{pages} in {seconds} s; {Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}.");
    }

    /// <summary>The wall time of each stage, one per line, aligned, with its share of the build and what it allocated.</summary>
    public static void ReportStages(BuildResult result, TextWriter? writer = null)
    {
        writer ??= Console.Error;
        var total = result.Stages.Sum(s => s.Elapsed.TotalMilliseconds);
        foreach (var stage in result.Stages)
        {
            var ms = stage.Elapsed.TotalMilliseconds;
            var share = total > 0 ? ms / total : 0;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage.Stage,-24}{ms,9:0} ms {share,6:0%} {stage.AllocatedBytes / 1048576.0,9:0.0} MiB"));
        }

        // What the runtime spent beside the stages' own work (summed over threads), and its memory.
        var memory = GC.GetGCMemoryInfo();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  (JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms; GC: {GC.CollectionCount(0)} collections, {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused, {GC.GetTotalAllocatedBytes() >> 20} MiB allocated, heap {memory.HeapSizeBytes >> 20} MiB, committed {memory.TotalCommittedBytes >> 20} MiB)"));
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
