using System.Text;

namespace StaticEvent.Text;

/// <summary>
/// Takes the diacritics off Latin letters for slugs (é→e, ç→c, ø→o, ł→l, æ→ae): the one script
/// whose readers expect URLs without them. Every other script keeps its marks, because there
/// they are part of the letter (ガ and カ, हि and ह are different words).
/// </summary>
internal static class LatinFolding
{
    // Letters that do not decompose into a base and a mark but are read as one (or two) plain letters.
    private static readonly Dictionary<int, string> Letters = new()
    {
        ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th",
        ['ß'] = "ss", ['ħ'] = "h", ['ı'] = "i", ['ĳ'] = "ij", ['ŀ'] = "l", ['ŧ'] = "t", ['ſ'] = "s",
        ['ŉ'] = "n", ['ƒ'] = "f", ['ǥ'] = "g", ['ɨ'] = "i", ['ʉ'] = "u", ['ƀ'] = "b", ['ª'] = "a", ['º'] = "o",
    };

    /// <summary>Whether a letter or digit is Latin (ASCII, the Latin blocks, fullwidth Latin), so marks after it are folded away.</summary>
    public static bool IsLatin(Rune rune) => rune.Value switch
    {
        >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z' or 'ª' or 'º' => true,
        >= 0x00C0 and <= 0x02AF => true,           // Latin-1 letters, Extended-A and -B, IPA
        >= 0x1D00 and <= 0x1DBF => true,           // phonetic extensions
        >= 0x1E00 and <= 0x1EFF => true,           // Latin Extended Additional (Vietnamese)
        >= 0x2C60 and <= 0x2C7F or >= 0xA720 and <= 0xA7FF or >= 0xAB30 and <= 0xAB6F => true,
        >= 0xFF10 and <= 0xFF19 or >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A => true, // fullwidth
        >= 0x10780 and <= 0x107BF or >= 0x1DF00 and <= 0x1DFFF => true,
        _ => false,
    };

    /// <summary>Appends a lowercase Latin letter or digit without its diacritics.</summary>
    public static void Append(Rune lower, StringBuilder builder)
    {
        // Fullwidth forms (common in Japanese and Chinese text) are the ASCII letters, only wider.
        if (lower.Value is >= 0xFF10 and <= 0xFF5A)
        {
            builder.Append((char)(lower.Value - 0xFEE0));
            return;
        }

        if (Letters.TryGetValue(lower.Value, out var plain))
        {
            builder.Append(plain);
            return;
        }

        if (lower.IsAscii)
        {
            builder.Append((char)lower.Value);
            return;
        }

        foreach (var part in lower.ToString().Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            // Lowercased again: İ has no invariant lowercase of its own, but its base I has.
            if (!SlugWriter.IsMark(Rune.GetUnicodeCategory(part)))
            {
                builder.Append(Rune.ToLowerInvariant(part));
            }
        }
    }
}
