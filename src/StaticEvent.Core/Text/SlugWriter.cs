using System.Globalization;
using System.Text;

namespace StaticEvent.Text;

/// <summary>
/// Turns a text into the words of a slug: NFC, lowercase (culture-free), Latin letters folded or
/// transliterated for the language, the letters and marks of every other script kept as written,
/// anything else between words one hyphen. With <c>keepSymbols</c> it also keeps symbols and
/// most punctuation, which gives <see cref="Model.TagIdentity"/> its "same tag" key.
/// </summary>
internal static class SlugWriter
{
    private const int ZeroWidthNonJoiner = 0x200C;
    private const int ZeroWidthJoiner = 0x200D;
    private const int Tatweel = 0x0640;

    public static string Write(string text, string? language, bool keepSymbols)
    {
        var table = SlugTransliteration.For(language);
        var runes = text.Normalize(NormalizationForm.FormC).EnumerateRunes().ToArray();
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        var inWord = false;
        var afterLatin = false;
        for (var i = 0; i < runes.Length; i++)
        {
            var rune = runes[i];
            var category = Rune.GetUnicodeCategory(rune);
            if (IsMark(category))
            {
                // A mark belongs to the letter before it: vowel signs of Devanagari, Bengali or Thai,
                // a dakuten NFC could not join, harakat and niqqud stay; on a Latin letter it is an accent.
                if (inWord && !afterLatin)
                {
                    builder.Append(rune);
                }

                continue;
            }

            if (rune.Value is ZeroWidthNonJoiner or ZeroWidthJoiner)
            {
                // Inside a word they are spelling (Persian می‌خواهم, Indic half forms); anywhere else nothing.
                if (inWord && i + 1 < runes.Length && IsWordPart(runes[i + 1]))
                {
                    builder.Append(rune);
                }

                continue;
            }

            if (rune.Value == Tatweel)
            {
                continue; // kashida only stretches a line of Arabic script; it is no letter
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                StartWord(builder, ref pendingHyphen);
                var lower = Lower(rune, runes, i, inWord);
                afterLatin = LatinFolding.IsLatin(lower);
                if (table.TryGetValue(lower.Value, out var transliterated))
                {
                    builder.Append(transliterated);
                }
                else if (afterLatin)
                {
                    LatinFolding.Append(lower, builder);
                }
                else
                {
                    builder.Append(lower);
                }

                inWord = true;
                continue;
            }

            inWord = false;
            if (keepSymbols && !IsWordSeparator(rune, category))
            {
                StartWord(builder, ref pendingHyphen);
                builder.Append(rune);
                continue;
            }

            pendingHyphen = true;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static void StartWord(StringBuilder builder, ref bool pendingHyphen)
    {
        if (pendingHyphen && builder.Length > 0)
        {
            builder.Append('-');
        }

        pendingHyphen = false;
    }

    // Invariant lowercasing, plus the one context rule Unicode gives every language: Σ at the end of a word is ς.
    private static Rune Lower(Rune rune, Rune[] runes, int index, bool inWord)
    {
        if (rune.Value != 'Σ')
        {
            return Rune.ToLowerInvariant(rune);
        }

        var next = index + 1;
        while (next < runes.Length && IsMark(Rune.GetUnicodeCategory(runes[next])))
        {
            next++;
        }

        var final = inWord && (next == runes.Length || !Rune.IsLetter(runes[next]));
        return new Rune(final ? 'ς' : 'σ');
    }

    private static bool IsWordPart(Rune rune) => Rune.IsLetterOrDigit(rune) || IsMark(Rune.GetUnicodeCategory(rune));

    // For the tag key: spaces, dashes, underscores and quotes separate words; "C++" and "C#" stay apart.
    private static bool IsWordSeparator(Rune rune, UnicodeCategory category) =>
        Rune.IsWhiteSpace(rune) || rune.Value is '\'' or '"' ||
        category is UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.Control or UnicodeCategory.Format;
}
