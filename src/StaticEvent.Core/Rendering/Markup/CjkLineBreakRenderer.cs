using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using StaticEvent.Text;

namespace StaticEvent.Rendering.Markup;

/// <summary>Markdig's line-break renderer, except that a soft break between CJK characters writes nothing (<see cref="CjkText"/>).</summary>
internal sealed class CjkLineBreakRenderer : LineBreakInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline obj)
    {
        if (CjkText.Joins(obj))
        {
            return;
        }

        base.Write(renderer, obj);
    }
}
