using System.Globalization;

namespace StaticEvent.Diagnostics;

/// <summary>One problem found in a site, printed as <c>path:line:col: error CODE: message</c>.</summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceLocation Location, string Message, string? Hint = null)
{
    /// <summary>
    /// The page being rendered when the problem arose (a template error), or null. The message ends
    /// with it; <see cref="DiagnosticBag"/> reports the same problem on several pages once, naming
    /// the first page and counting the others.
    /// </summary>
    public string? Page { get; private init; }

    /// <summary>How many pages besides <see cref="Page"/> had the same problem.</summary>
    public int OtherPages { get; private init; }

    public bool IsError => Severity == Severity.Error;

    /// <summary>A problem in a template, found while rendering <paramref name="page"/> (a site-relative source path).</summary>
    public static Diagnostic WhileRendering(string code, Severity severity, SourceLocation location, string message, string? hint, string page) =>
        new(code, severity, location, message + PageSuffix(page, 0), hint) { Page = page };

    /// <summary>The message without the page(s) it names: the same for every page with the same problem.</summary>
    internal string MessageWithoutPage => Page is null ? Message : Message[..^PageSuffix(Page, OtherPages).Length];

    /// <summary>This problem, as found on <paramref name="first"/> and <paramref name="others"/> other pages.</summary>
    internal Diagnostic OnPages(string first, int others) =>
        Page is null ? this : this with { Message = MessageWithoutPage + PageSuffix(first, others), Page = first, OtherPages = others };

    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = $"{Location}: {severity} {Code}: {Message}";
        return Hint is null ? text : $"{text}\n  hint: {Hint}";
    }

    private static string PageSuffix(string page, int others) => others switch
    {
        0 => $" (while rendering {page})",
        1 => $" (and on 1 other page; first: {page})",
        _ => string.Create(CultureInfo.InvariantCulture, $" (and on {others} other pages; first: {page})"),
    };
}
