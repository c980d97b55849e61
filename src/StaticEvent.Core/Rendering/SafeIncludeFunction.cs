using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticEvent.Rendering;

/// <summary>
/// Scriban's <c>include</c>, returning <see cref="SafeHtml"/>: a partial's output was escaped as it
/// was written, so escaping it again when the caller writes it would show tags as text.
/// </summary>
internal sealed class SafeIncludeFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => typeof(SafeHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(inner.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static SafeHtml Wrap(object? value) => value switch
    {
        null => SafeHtml.Empty,
        SafeHtml html => html,
        _ => new SafeHtml(value.ToString() ?? string.Empty),
    };
}
