using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using StaticEvent.Text;

namespace StaticEvent.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="SafeHtml"/>
/// and captured template output. Scriban itself never escapes (scriban/scriban#140), so text from
/// front matter or data could otherwise inject markup into pages.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext()
    {
    }

    /// <summary>A context over a shared, read-only set of built-in functions (building one per render is costly).</summary>
    public EscapingTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var safe = textAsObject switch
        {
            null => null,
            SafeHtml html => html.Value,
            IScriptOutput => ObjectToString(textAsObject),
            bool or int or long or double or decimal or float => ObjectToString(textAsObject),
            string text => HtmlText.Escape(text),
            IFormattable formattable => HtmlText.Escape(formattable.ToString(null, CurrentCulture ?? CultureInfo.InvariantCulture)),
            _ => HtmlText.Escape(ObjectToString(textAsObject) ?? string.Empty),
        };
        return base.Write(span, safe);
    }
}
