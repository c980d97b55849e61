using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace StaticEvent.Images;

/// <summary>
/// <c>page.card</c> as templates see it: reading any member marks the card as printed, so only
/// cards some page shows are drawn (a theme without the head block, or a test theme, costs nothing).
/// </summary>
internal sealed class CardObject(Action printed) : ScriptObject
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        printed();
        var found = base.TryGetValue(context, span, member, out var result);
        value = result!;
        return found;
    }
}
