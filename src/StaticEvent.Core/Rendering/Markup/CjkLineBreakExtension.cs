using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace StaticEvent.Rendering.Markup;

/// <summary>Puts <see cref="CjkLineBreakRenderer"/> in place of Markdig's line-break renderer.</summary>
internal sealed class CjkLineBreakExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<LineBreakInlineRenderer>() is { } standard)
        {
            html.ObjectRenderers.Replace<LineBreakInlineRenderer>(new CjkLineBreakRenderer { RenderAsHardlineBreak = standard.RenderAsHardlineBreak });
        }
    }
}
