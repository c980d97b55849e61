using System.Text;
using Markdig.Syntax.Inlines;

namespace StaticEvent.Text;

/// <summary>
/// Chinese and Japanese put no space between words, so a line break inside a paragraph
/// between two of their characters must join the lines rather than become a space (which
/// browsers show). Korean is not included: it separates words with spaces.
/// </summary>
internal static class CjkText
{
    /// <summary>Han, Hiragana, Katakana, and CJK or full-width punctuation (、。「」！).</summary>
    public static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x3000 and <= 0x303F => true,   // CJK symbols and punctuation
        >= 0x3040 and <= 0x30FF => true,   // Hiragana, Katakana
        >= 0x31F0 and <= 0x31FF => true,   // Katakana phonetic extensions
        >= 0x3400 and <= 0x4DBF => true,   // Han extension A
        >= 0x4E00 and <= 0x9FFF => true,   // Han
        >= 0xF900 and <= 0xFAFF => true,   // Han compatibility
        >= 0xFF01 and <= 0xFF60 => true,   // full-width punctuation
        >= 0xFF65 and <= 0xFF9F => true,   // half-width Katakana
        >= 0x20000 and <= 0x3FFFF => true, // Han extensions B and after
        _ => false,
    };

    /// <summary>A soft line break with a CJK character on both sides: it renders as nothing.</summary>
    public static bool Joins(LineBreakInline lineBreak) =>
        !lineBreak.IsHard && Last(lineBreak.PreviousSibling) is { } before && IsCjk(before) && First(lineBreak.NextSibling) is { } after && IsCjk(after);

    private static Rune? Last(Inline? inline) => inline switch
    {
        LiteralInline { Content.Length: > 0 } literal => Rune.DecodeLastFromUtf16(literal.Content.AsSpan(), out var rune, out _) == System.Buffers.OperationStatus.Done ? rune : null,
        ContainerInline container => Last(container.LastChild),
        _ => null,
    };

    private static Rune? First(Inline? inline) => inline switch
    {
        LiteralInline { Content.Length: > 0 } literal => Rune.DecodeFromUtf16(literal.Content.AsSpan(), out var rune, out _) == System.Buffers.OperationStatus.Done ? rune : null,
        ContainerInline container => First(container.FirstChild),
        _ => null,
    };
}
