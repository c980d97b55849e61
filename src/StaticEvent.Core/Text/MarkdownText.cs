using System.Text.RegularExpressions;

namespace StaticEvent.Text;

/// <summary>Short Markdown (a session description) as plain text, for meta descriptions.</summary>
internal static partial class MarkdownText
{
    public const int MaxLength = 300;

    public static string Plain(string markdown)
    {
        var text = Link().Replace(markdown, "$1");
        text = Marks().Replace(text, string.Empty);
        text = Spaces().Replace(text, " ").Trim();
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxLength);
        return text[..(cut > 0 ? cut : MaxLength)] + "…";
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"[*_`#>]+")]
    private static partial Regex Marks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
