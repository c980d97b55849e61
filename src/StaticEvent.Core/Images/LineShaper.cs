using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace StaticEvent.Images;

/// <summary>
/// Shapes one line with HarfBuzz: splits it into runs of one font (<see cref="CardFonts.For"/>)
/// and one direction, shapes each run with the whole line as context (Arabic joins across a font
/// change), and orders the runs visually. The bidirectional part is a small subset of UAX #9
/// that is enough for titles: strong letters, European digits, neutrals resolved by their
/// neighbours, no explicit embeddings and no mirrored brackets.
/// </summary>
internal sealed class LineShaper
{
    private readonly CardFonts _fonts;
    private readonly SKShaper[] _shapers;

    public LineShaper(CardFonts fonts)
    {
        _fonts = fonts;
        _shapers = [.. fonts.Faces.Select(f => new SKShaper(f))];
    }

    public ShapedLine Shape(string text, float size, string script, bool rightToLeft)
    {
        var primary = _fonts.Primary(script);
        var units = Units(text, primary, rightToLeft ? 1 : 0);
        var runs = new List<(int Start, int Length, int Face, int Level)>();
        foreach (var unit in units)
        {
            if (runs.Count > 0 && runs[^1] is var last && last.Face == unit.Face && last.Level == unit.Level)
            {
                runs[^1] = last with { Length = last.Length + unit.Length };
            }
            else
            {
                runs.Add((unit.Start, unit.Length, unit.Face, unit.Level));
            }
        }

        var shaped = new List<(ShapedRun Run, int Level)>();
        foreach (var (start, length, face, level) in runs)
        {
            using var buffer = new HarfBuzzSharp.Buffer();
            buffer.AddUtf16(text, start, length);
            buffer.Direction = level % 2 == 1 ? Direction.RightToLeft : Direction.LeftToRight;
            buffer.GuessSegmentProperties();
            using var font = Font(face, size);
            var result = _shapers[face].Shape(buffer, font);
            shaped.Add((new ShapedRun(face, [.. result.Codepoints.Select(g => (ushort)g)], result.Points, result.Width, level % 2 == 1), level));
        }

        var visual = Reorder(shaped);
        return new ShapedLine(text, visual, visual.Sum(r => r.Width));
    }

    /// <summary>The font settings every card uses: no hinting, so outlines scale the same everywhere.</summary>
    public SKFont Font(int face, float size) => new(_fonts.Faces[face], size)
    {
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.None,
        Subpixel = true,
    };

    private readonly record struct Unit(int Start, int Length, int Face, int Level);

    private List<Unit> Units(string text, int primary, int paragraph)
    {
        // Per code point: its font and bidi class (R, L, EN, N).
        var units = new List<Unit>();
        var classes = new List<char>();
        var current = -1;
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var face = _fonts.For(rune.Value, primary, current);
            face = face < 0 ? (current < 0 ? primary : current) : face;
            current = face;
            var bidi = Class(rune, classes.Count > 0 ? classes[^1] : 'N');
            units.Add(new Unit(i, rune.Utf16SequenceLength, face, 0));
            classes.Add(bidi);
            i += rune.Utf16SequenceLength;
        }

        // Digits after a left-to-right letter (or at the start of a left-to-right line) are left-to-right (UAX #9 W7).
        var strong = paragraph == 1 ? 'R' : 'L';
        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i] is 'L' or 'R')
            {
                strong = classes[i];
            }
            else if (classes[i] == 'E' && strong == 'L')
            {
                classes[i] = 'L';
            }
        }

        // Neutrals between two strong types of one direction take it (digits count as R, UAX #9 N1); else the paragraph's.
        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i] != 'N')
            {
                continue;
            }

            var end = i;
            while (end < classes.Count && classes[end] == 'N')
            {
                end++;
            }

            var before = i == 0 ? (paragraph == 1 ? 'R' : 'L') : Strong(classes[i - 1]);
            var after = end == classes.Count ? (paragraph == 1 ? 'R' : 'L') : Strong(classes[end]);
            var resolved = before == after ? before : (paragraph == 1 ? 'R' : 'L');
            for (var j = i; j < end; j++)
            {
                classes[j] = resolved;
            }

            i = end - 1;
        }

        // Levels (UAX #9 I1, I2): R on an even level goes up one, digits two; L and digits on an odd level go up one.
        for (var i = 0; i < units.Count; i++)
        {
            var level = (paragraph, classes[i]) switch
            {
                (0, 'R') => 1,
                (0, 'E') => 2,
                (0, _) => 0,
                (_, 'R') => 1,
                _ => 2,
            };
            units[i] = units[i] with { Level = level };
        }

        return units;
    }

    private static char Strong(char bidi) => bidi == 'L' ? 'L' : 'R';

    private static char Class(Rune rune, char previous)
    {
        var value = rune.Value;
        if (value is >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF)
        {
            // Arabic-Indic digits are numbers, but they read right to left inside Arabic text just the same for a title.
            return value is >= 0x0660 and <= 0x0669 or >= 0x06F0 and <= 0x06F9 ? 'E' : 'R';
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category switch
        {
            UnicodeCategory.DecimalDigitNumber => 'E',
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => previous,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => 'L',
            _ => 'N',
        };
    }

    // UAX #9 L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.
    private static List<ShapedRun> Reorder(List<(ShapedRun Run, int Level)> runs)
    {
        if (runs.Count == 0)
        {
            return [];
        }

        var max = runs.Max(r => r.Level);
        var lowestOdd = runs.Where(r => r.Level % 2 == 1).Select(r => r.Level).DefaultIfEmpty(max + 1).Min();
        for (var level = max; level >= lowestOdd; level--)
        {
            for (var i = 0; i < runs.Count; i++)
            {
                if (runs[i].Level < level)
                {
                    continue;
                }

                var end = i;
                while (end < runs.Count && runs[end].Level >= level)
                {
                    end++;
                }

                runs.Reverse(i, end - i);
                i = end;
            }
        }

        return [.. runs.Select(r => r.Run)];
    }
}
