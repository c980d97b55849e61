using System.Diagnostics;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticEvent.Model;
using StaticEvent.Rendering.Markup;
using StaticEvent.Text;

namespace StaticEvent.Bench.Profile;

/// <summary>
/// Markdig on the page bodies, one thread, in the engine's pipeline, one document at a time (none
/// kept): parse, the typography pass, the tree walks, HTML; then the parse alone with and without
/// <c>UsePreciseSourceLocation</c>, to price that option.
/// </summary>
internal static class MarkdownSplit
{
    public static void Run(StageProbe probe, IReadOnlyList<Page> pages, MarkdownPipelines pipelines)
    {
        var parts = new long[4];
        probe.Run("  markdig: parse+typography+walk+HTML, 1 thread", () =>
        {
            foreach (var page in pages)
            {
                var t0 = Stopwatch.GetTimestamp();
                var pipeline = pipelines.For(page.Language!.Code);
                var document = Markdown.Parse(page.Source!.Body, pipeline);
                var t1 = Stopwatch.GetTimestamp();
                foreach (var literal in document.Descendants<LiteralInline>())
                {
                    Typography.Apply(literal, french: page.Language.Code == "fr");
                }

                var t2 = Stopwatch.GetTimestamp();
                _ = document.Descendants().Count();
                var t3 = Stopwatch.GetTimestamp();
                using var writer = new StringWriter();
                var renderer = new HtmlRenderer(writer);
                pipeline.Setup(renderer);
                renderer.Render(document);
                _ = writer.ToString();
                var t4 = Stopwatch.GetTimestamp();
                parts[0] += t1 - t0;
                parts[1] += t2 - t1;
                parts[2] += t3 - t2;
                parts[3] += t4 - t3;
            }
        });
        Console.WriteLine(string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "    of which parse {0:0} ms, typography {1:0} ms, 4 tree walks {2:0} ms, HTML {3:0} ms",
            parts[0] * 1000.0 / Stopwatch.Frequency,
            parts[1] * 1000.0 / Stopwatch.Frequency,
            parts[2] * 1000.0 / Stopwatch.Frequency,
            parts[3] * 1000.0 / Stopwatch.Frequency));

        probe.Run("  markdig parse only (engine pipeline), 1 thread", () =>
        {
            foreach (var page in pages)
            {
                Markdown.Parse(page.Source!.Body, pipelines.For(page.Language!.Code));
            }
        });
        var plain = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseAutoIdentifiers().UseTaskLists().UseFigures().UseAutoLinks().UseSmartyPants().Build();
        probe.Run("  markdig parse only, no precise source location", () =>
        {
            foreach (var page in pages)
            {
                Markdown.Parse(page.Source!.Body, plain);
            }
        });
    }
}
