using System.Globalization;
using StaticEvent.Model;

namespace StaticEvent.Cli;

/// <summary>Prints diagnostics and the build summary on stderr, in the format editors can jump from.</summary>
internal static class ConsoleReporter
{
    /// <param name="result">The build to report.</param>
    /// <param name="options">Build or check, and how much to say.</param>
    /// <param name="writer">Where to print; stderr by default.</param>
    public static void Report(BuildResult result, ReportOptions options, TextWriter? writer = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        writer ??= Console.Error;

        // Under --strict a warning is an error, so --quiet prints it too.
        var warningsFail = options.WarningsFailUnder is not null;
        foreach (var diagnostic in result.Diagnostics.Where(d => !options.Quiet || d.IsError || warningsFail))
        {
            writer.WriteLine(diagnostic.ToString());
        }

        if (options.Quiet)
        {
            return;
        }

        var perLanguage = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var outcome = options.Fails(result) ? $"{options.Action} failed" : (options.Action == "Build" ? "Built" : "Checked");
        var pages = result.PagesPerLanguage.Count > 0 ? $": {result.PagesPerLanguage.Values.Sum()} pages ({perLanguage})" : string.Empty;
        var strict = warningsFail && result.WarningCount > 0 ? "; " + WarningsAsErrors(result, options.WarningsFailUnder!) : string.Empty;
        writer.WriteLine($"{outcome}{pages} in {seconds} s; {Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}{strict}.");
        ReportLeftOut(result, options.Verbose, writer);
    }

    /// <summary>
    /// How many drafts and future-dated pages were left out (a page must never vanish without a
    /// word), and with <paramref name="verbose"/> each one with its file and date.
    /// </summary>
    public static void ReportLeftOut(BuildResult result, bool verbose, TextWriter? writer = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        writer ??= Console.Error;
        if (result.LeftOut.Count == 0)
        {
            return;
        }

        var drafts = result.LeftOut.Count(p => p.Reason == LeftOutReason.Draft);
        var future = result.LeftOut.Count - drafts;
        var what = string.Join(" and ", new[] { drafts > 0 ? Plural(drafts, "draft") : null, future > 0 ? (future == 1 ? "1 future-dated page" : $"{future} future-dated pages") : null }.OfType<string>());
        writer.WriteLine(verbose
            ? $"{what} left out (--drafts to include them):"
            : $"{what} left out (--drafts to include them, --verbose to list them).");
        if (!verbose)
        {
            return;
        }

        foreach (var page in result.LeftOut)
        {
            writer.WriteLine(page.Reason == LeftOutReason.Draft
                ? $"  {page.SourcePath}: draft, {(page.Date is { } date ? "dated " + Format(date) : "undated")}"
                : $"  {page.SourcePath}: dated {Format(page.Date!.Value)}, after the build date {(result.Now is { } now ? Format(now) : "?")}{(result.NowIsFixed ? " (buildDate in site.yml or SOURCE_DATE_EPOCH)" : string.Empty)}");
        }
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

    /// <summary>Which warnings made the run fail: "3 warnings are errors under --strict: SE600 ×2, SE303".</summary>
    private static string WarningsAsErrors(BuildResult result, string option)
    {
        var codes = result.Diagnostics
            .Where(d => !d.IsError)
            .GroupBy(d => d.Code, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ×{g.Count()}");
        var count = result.WarningCount == 1 ? "1 warning is an error" : $"{result.WarningCount} warnings are errors";
        return $"{count} under {option}: {string.Join(", ", codes)}";
    }

    private static string Format(DateTimeOffset date) => date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
