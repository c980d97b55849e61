using System.Diagnostics;
using System.Globalization;
using Scriban;
using Scriban.Runtime;
using StaticEvent.Rendering;

namespace StaticEvent.Bench.Profile;

/// <summary>
/// What PageRenderer pays per template run (twice per page: layout and base) before any template
/// code runs: a new Scriban context (whose constructor deep-copies Scriban's built-in functions)
/// and a linked CancellationTokenSource with a timer; against a context on shared built-ins.
/// </summary>
internal static class Micro
{
    public static void Run(IReadOnlyDictionary<string, Template> partials, ScriptObject functions, CultureInfo culture)
    {
        const int count = 4000;
        Console.WriteLine();
        Console.WriteLine($"per template run, {count} runs on one thread after a warm-up:");
        Measure("new EscapingTemplateContext + setup as PageRenderer.NewContext", count, () =>
        {
            var context = new EscapingTemplateContext { StrictVariables = true, MemberRenamer = m => m.Name };
            foreach (var (name, partial) in partials)
            {
                context.CachedTemplates[name] = partial;
            }

            context.PushCulture(culture);
            context.PushGlobal(functions);
        });
        var shared = TemplateContext.GetDefaultBuiltinObject();
        shared.IsReadOnly = true;
        Measure("new TemplateContext(shared built-ins) + same setup", count, () =>
        {
            var context = new TemplateContext(shared) { StrictVariables = true, MemberRenamer = m => m.Name };
            foreach (var (name, partial) in partials)
            {
                context.CachedTemplates[name] = partial;
            }

            context.PushCulture(culture);
            context.PushGlobal(functions);
        });
        Measure("CreateLinkedTokenSource + CancelAfter(20 s) + Dispose", count, () =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None);
            timeout.CancelAfter(TimeSpan.FromSeconds(20));
        });
    }

    private static void Measure(string name, int count, Action action)
    {
        for (var i = 0; i < 200; i++)
        {
            action();
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            action();
        }

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        Console.WriteLine($"  {name,-64} {clock.Elapsed.TotalMilliseconds * 1000 / count,8:0.0} µs {allocated / 1024.0 / count,8:0.0} KiB");
    }
}
