namespace StaticEvent.Parsing;

/// <summary>Why <see cref="MarkdownLimits"/> refused a text, and where: a 0-based line of the text and a 1-based column.</summary>
internal sealed record MarkdownProblem(string Code, int Line, int Column, string Message, string Hint);
