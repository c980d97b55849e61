using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticEvent.Text;

/// <summary>
/// Typography Markdig's smart quotes leave alone: the apostrophe inside words (d'INTERPOL →
/// d’INTERPOL) in every language, and in French a narrow no-break space before ; ! ? and a
/// no-break space before : so the mark never starts a line. Only text nodes are touched,
/// never code or URLs.
/// </summary>
internal static class Typography
{
    public const char NarrowNoBreakSpace = '\u202F';
    public const char NoBreakSpace = '\u00A0';
    public const char Apostrophe = '\u2019';

    /// <summary>Fixes one text node; most have nothing to fix, which is seen without copying them.</summary>
    public static void Apply(LiteralInline literal, bool french)
    {
        if (literal.Parent is LinkInline { IsAutoLink: true } || !NeedsFixing(literal.Content.AsSpan(), french))
        {
            return;
        }

        literal.Content = new StringSlice(Fix(literal.Content.ToString(), french));
    }

    public static string Fix(string text, bool french)
    {
        if (!NeedsFixing(text, french))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'' && i > 0 && char.IsLetter(text[i - 1]))
            {
                builder.Append(Apostrophe);
                continue;
            }

            if (french && c is ';' or '!' or '?' or ':' && i > 0 && text[i - 1] == ' ' && (c != ':' || i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                builder.Length--;
                builder.Append(c == ':' ? NoBreakSpace : NarrowNoBreakSpace);
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool NeedsFixing(ReadOnlySpan<char> text, bool french) => text.IndexOfAny(french ? "';!?:" : "'") >= 0;
}
