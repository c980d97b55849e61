namespace StaticEvent.Diagnostics;

/// <summary>One problem found in a site, printed as <c>path:line:col: error CODE: message</c>.</summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceLocation Location, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = $"{Location}: {severity} {Code}: {Message}";
        return Hint is null ? text : $"{text}\n  hint: {Hint}";
    }
}
