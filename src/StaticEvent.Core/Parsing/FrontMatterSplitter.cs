namespace StaticEvent.Parsing;

/// <summary>A file cut into its YAML front matter and its Markdown body, with where each starts.</summary>
internal readonly record struct SplitDocument(string? FrontMatter, int FrontMatterLine, string Body, int BodyLine, bool Unterminated);

/// <summary>
/// Cuts <c>---</c> front matter off a document. Lines are kept as they are so positions in the
/// YAML and in the Markdown map back to lines in the file.
/// </summary>
internal static class FrontMatterSplitter
{
    public static SplitDocument Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return new SplitDocument(null, 0, text, 1, Unterminated: false);
        }

        var position = text.IndexOf('\n') + 1;
        var line = 2;
        while (position > 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position);
            if (current.TrimEnd() is "---" or "...")
            {
                var yaml = text[(text.IndexOf('\n') + 1)..position];
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return new SplitDocument(yaml, 2, body, line + 1, Unterminated: false);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        return new SplitDocument(null, 0, text, 1, Unterminated: true);
    }
}
