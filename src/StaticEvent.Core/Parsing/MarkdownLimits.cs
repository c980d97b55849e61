using StaticEvent.Diagnostics;

namespace StaticEvent.Parsing;

/// <summary>
/// Checks Markdown where it is read, before Markdig parses it, so that hostile nesting is an
/// error at its line and column instead of Markdig's depth exception (which has no position and
/// comes late, while rendering), and so that input Markdig would take minutes over is refused.
/// The checks estimate on the safe side of Markdig's own limit (about 127 levels of blocks and
/// inlines together), which stays in place behind them.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>Block quotes and list items inside each other, on one line.</summary>
    public const int MaxBlockNesting = 32;

    /// <summary>Emphasis, links and images inside each other, in one paragraph.</summary>
    public const int MaxInlineNesting = 32;

    /// <summary>
    /// Characters Markdig may scan for the ends of link destinations in one paragraph. Each
    /// "[a](b" without a closing parenthesis is scanned to the end of its line, so 100,000 of them
    /// cost hours; a paragraph of ordinary links costs a few characters per link.
    /// </summary>
    public const long MaxLinkScan = 50_000_000;

    /// <summary>The first problem in <paramref name="markdown"/>, or null when Markdig can safely parse it.</summary>
    public static MarkdownProblem? Check(string markdown)
    {
        var paragraph = new List<Segment>();
        var fence = (Char: '\0', Length: 0);
        var index = 0;
        for (var start = 0; start <= markdown.Length; index++)
        {
            var end = markdown.IndexOf('\n', start);
            end = end < 0 ? markdown.Length : end;
            var line = markdown.AsSpan(start, end - start);
            var lineStart = start;
            start = end + 1;

            var (contentStart, overflow) = Containers(line);
            var content = line[contentStart..];
            var trimmed = content.TrimStart(" \t");
            if (overflow > 0 && fence.Char == '\0')
            {
                return new MarkdownProblem(DiagnosticCodes.MarkdownTooDeep, index, overflow,
                    $"block quotes and list items are nested more than {MaxBlockNesting} levels deep", "flatten the quotes or lists");
            }

            if (fence.Char != '\0' || trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = NextFence(fence, trimmed);
                if (CheckParagraph(markdown, paragraph) is { } inFence)
                {
                    return inFence;
                }

                continue;
            }

            if (trimmed.Length == 0)
            {
                if (CheckParagraph(markdown, paragraph) is { } problem)
                {
                    return problem;
                }

                continue;
            }

            paragraph.Add(new Segment(index, contentStart, lineStart + contentStart, content.Length));
        }

        return CheckParagraph(markdown, paragraph);
    }

    /// <summary>Reports a <see cref="MarkdownProblem"/> of a page body at its place in the file.</summary>
    public static bool Check(string body, string path, int bodyLine, DiagnosticBag diagnostics)
    {
        if (Check(body) is not { } problem)
        {
            return true;
        }

        diagnostics.Error(problem.Code, new SourceLocation(path, bodyLine + problem.Line, problem.Column), problem.Message, problem.Hint);
        return false;
    }

    // Opens a fence on ``` or ~~~, closes it on a run of the same character at least as long.
    private static (char Char, int Length) NextFence((char Char, int Length) fence, ReadOnlySpan<char> trimmed)
    {
        var c = trimmed.Length > 0 ? trimmed[0] : '\0';
        var run = 0;
        while (run < trimmed.Length && trimmed[run] == c)
        {
            run++;
        }

        if (fence.Char == '\0')
        {
            return (c, run);
        }

        return c == fence.Char && run >= fence.Length && trimmed[run..].Trim().Length == 0 ? ('\0', 0) : fence;
    }

    // The quote and list markers that open a line; an indented list item counts the levels its
    // indentation implies (two spaces each). Returns where the content starts and, past the
    // limit, the 1-based column of the marker that went one level too deep.
    private static (int ContentStart, int OverflowColumn) Containers(ReadOnlySpan<char> line)
    {
        var levels = 0;
        var i = 0;
        var first = true;
        while (true)
        {
            var width = 0;
            var start = i;
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                width += line[i] == '\t' ? 4 - (width % 4) : 1;
                i++;
            }

            var marker = MarkerLength(line, i);
            if (marker == 0)
            {
                return (i == line.Length ? start : i, 0);
            }

            levels += (first && line[i] != '>' ? width / 2 : 0) + 1;
            first = false;
            if (levels > MaxBlockNesting)
            {
                return (i, i + 1);
            }

            i += marker;
        }
    }

    private static int MarkerLength(ReadOnlySpan<char> line, int i)
    {
        if (i >= line.Length)
        {
            return 0;
        }

        var c = line[i];
        bool SpaceAfter(ReadOnlySpan<char> line, int at) => at >= line.Length || line[at] is ' ' or '\t';
        if (c == '>')
        {
            return i + 1 < line.Length && line[i + 1] == ' ' ? 2 : 1;
        }

        if (c is '-' or '+' or '*' && SpaceAfter(line, i + 1) && !IsThematicBreak(line, i))
        {
            return i + 1 < line.Length ? 2 : 1;
        }

        var digits = 0;
        while (i + digits < line.Length && digits < 10 && char.IsAsciiDigit(line[i + digits]))
        {
            digits++;
        }

        if (digits is > 0 and < 10 && i + digits < line.Length && line[i + digits] is '.' or ')' && SpaceAfter(line, i + digits + 1))
        {
            return digits + (i + digits + 1 < line.Length ? 2 : 1);
        }

        return 0;
    }

    // "- - -" or "* * *" alone on a line is a rule, not three nested lists.
    private static bool IsThematicBreak(ReadOnlySpan<char> line, int i)
    {
        var c = line[i];
        var count = 0;
        for (var j = i; j < line.Length; j++)
        {
            if (line[j] == c)
            {
                count++;
            }
            else if (line[j] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    private static MarkdownProblem? CheckParagraph(string markdown, List<Segment> paragraph)
    {
        if (paragraph.Count == 0 || IsPlainlySafe(markdown, paragraph))
        {
            paragraph.Clear();
            return null;
        }

        var text = string.Join('\n', paragraph.Select(s => markdown.Substring(s.Start, s.Length)));
        var segments = paragraph.ToList();
        var first = paragraph[0];
        paragraph.Clear();
        var (spans, linkScan) = InlineSpans(text);
        if (DeepestStart(spans) is { } deep)
        {
            var (line, column) = Locate(deep, segments);
            return new MarkdownProblem(DiagnosticCodes.MarkdownTooDeep, line, column,
                $"emphasis, links and images are nested more than {MaxInlineNesting} levels deep", "flatten the emphasis, links or images");
        }

        if (linkScan > MaxLinkScan)
        {
            return new MarkdownProblem(DiagnosticCodes.MarkdownTooComplex, first.Line, first.Offset + 1,
                $"this paragraph would make the Markdown parser scan {linkScan:N0} characters for the ends of unclosed link destinations ('](' without ')'); the limit is {MaxLinkScan:N0}",
                "close the parentheses of the links, or split the paragraph");
        }

        return null;
    }

    // Most paragraphs cannot break either limit, which a count shows without the full scan: each
    // span uses up a '[' or an emphasis character, and each "](" scans at most the paragraph.
    private static bool IsPlainlySafe(string markdown, List<Segment> paragraph)
    {
        long openers = 0, destinations = 0, length = 0;
        foreach (var segment in paragraph)
        {
            var text = markdown.AsSpan(segment.Start, segment.Length);
            openers += text.Count('[') + text.Count('*') + text.Count('_');
            destinations += text.Count("](");
            length += segment.Length + 1;
        }

        return openers <= MaxInlineNesting && destinations * length <= MaxLinkScan;
    }

    // Where each link, image and emphasis span starts and ends, matched the CommonMark way closely
    // enough to count nesting (rule of three and link-in-link left out: they only lower it), and
    // how many characters link destinations would make the parser scan.
    private static (List<(int Start, int End)> Spans, long LinkScan) InlineSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        var nextStop = new int[text.Length + 1];
        nextStop[text.Length] = text.Length;
        for (var k = text.Length - 1; k >= 0; k--)
        {
            nextStop[k] = char.IsWhiteSpace(text[k]) || text[k] == ')' ? k : nextStop[k + 1];
        }

        var codeRuns = BacktickRuns(text);
        var brackets = new Stack<int>();
        var openers = new Dictionary<char, List<(int Position, int Remaining)>> { ['*'] = [], ['_'] = [] };
        long linkScan = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '`')
            {
                // A run of n backticks opens a code span closed by the next run of exactly n.
                var length = RunLength(text, i);
                var queue = codeRuns[length];
                while (queue.Count > 0 && queue.Peek() <= i)
                {
                    queue.Dequeue();
                }

                i = queue.Count > 0 ? queue.Dequeue() + length : i + length;
                continue;
            }

            if (c == '[' || (c == '!' && i + 1 < text.Length && text[i + 1] == '['))
            {
                brackets.Push(i);
                i += c == '!' ? 2 : 1;
                continue;
            }

            if (c == ']')
            {
                if (brackets.Count > 0 && i + 1 < text.Length && text[i + 1] is '(' or '[')
                {
                    spans.Add((brackets.Pop(), i));
                    if (text[i + 1] == '(')
                    {
                        linkScan += nextStop[Math.Min(i + 2, text.Length)] - (i + 2);
                    }
                }

                i++;
                continue;
            }

            if (c is '*' or '_')
            {
                var length = RunLength(text, i);
                Emphasis(text, i, length, openers[c], spans);
                i += length;
                continue;
            }

            i++;
        }

        return (spans, linkScan);
    }

    private static void Emphasis(string text, int at, int length, List<(int Position, int Remaining)> openers, List<(int Start, int End)> spans)
    {
        var before = at > 0 ? text[at - 1] : '\n';
        var after = at + length < text.Length ? text[at + length] : '\n';
        var left = !char.IsWhiteSpace(after) && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));
        var right = !char.IsWhiteSpace(before) && (!IsPunctuation(before) || char.IsWhiteSpace(after) || IsPunctuation(after));
        var underscore = text[at] == '_';
        var canOpen = underscore ? left && (!right || IsPunctuation(before)) : left;
        var canClose = underscore ? right && (!left || IsPunctuation(after)) : right;

        var remaining = length;
        while (canClose && remaining > 0 && openers.Count > 0)
        {
            var (position, available) = openers[^1];
            var used = Math.Min(available, remaining) >= 2 ? 2 : 1;
            spans.Add((position, at));
            remaining -= used;
            if (available == used)
            {
                openers.RemoveAt(openers.Count - 1);
            }
            else
            {
                openers[^1] = (position, available - used);
            }
        }

        if (canOpen && remaining > 0)
        {
            openers.Add((at, remaining));
        }
    }

    // The start of the first span that is more than MaxInlineNesting spans deep.
    private static int? DeepestStart(List<(int Start, int End)> spans)
    {
        if (spans.Count <= MaxInlineNesting)
        {
            return null;
        }

        var events = new List<(long Key, int Position)>(spans.Count * 2);
        foreach (var (start, end) in spans)
        {
            events.Add(((long)start * 2, start));
            events.Add(((long)end * 2 + 1, -1));
        }

        events.Sort((a, b) => a.Key.CompareTo(b.Key));
        var depth = 0;
        foreach (var (_, position) in events)
        {
            depth += position < 0 ? -1 : 1;
            if (depth > MaxInlineNesting)
            {
                return position;
            }
        }

        return null;
    }

    private static Dictionary<int, Queue<int>> BacktickRuns(string text)
    {
        var runs = new Dictionary<int, Queue<int>>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '`')
            {
                var length = RunLength(text, i);
                if (!runs.TryGetValue(length, out var queue))
                {
                    runs[length] = queue = new Queue<int>();
                }

                queue.Enqueue(i);
                i += length - 1;
            }
        }

        return runs;
    }

    private static int RunLength(string text, int at)
    {
        var end = at;
        while (end < text.Length && text[end] == text[at])
        {
            end++;
        }

        return end - at;
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    // From a position in the joined paragraph back to a line of the text and a column in it.
    private static (int Line, int Column) Locate(int position, List<Segment> segments)
    {
        var start = 0;
        foreach (var segment in segments)
        {
            if (position <= start + segment.Length)
            {
                return (segment.Line, segment.Offset + position - start + 1);
            }

            start += segment.Length + 1;
        }

        return (segments[^1].Line, 1);
    }

    // A paragraph's line: its number, where its content starts in the line and in the whole text, and its length.
    private readonly record struct Segment(int Line, int Offset, int Start, int Length);
}
