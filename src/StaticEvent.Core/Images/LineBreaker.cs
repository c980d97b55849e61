using System.Globalization;
using System.Text;

namespace StaticEvent.Images;

/// <summary>
/// Greedy line breaking without ICU, good enough for titles: breaks after spaces; between
/// ideographs and kana (no break before closing or after opening CJK punctuation, a little of
/// JIS X 4051's kinsoku); and, when one word alone is wider than the line (Thai has no spaces
/// between words, a URL has none), between grapheme clusters, so a mark never leaves its letter.
/// Lines past the last are cut and the last one ends with an ellipsis.
/// </summary>
internal static class LineBreaker
{
    private const string Ellipsis = "…";
    private const string NoBreakBefore = "、。，．,.!?！？：；:;）」』】〕〉》〗〙〛｝]}）ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻・";
    private const string NoBreakAfter = "（「『【〔〈《〖〘〚｛[{(";

    /// <summary>Breaks <paramref name="text"/> into at most <paramref name="maxLines"/> lines whose <paramref name="width"/> fits <paramref name="maxWidth"/>.</summary>
    public static IReadOnlyList<string> Break(string text, float maxWidth, int maxLines, Func<string, float> width, out bool truncated)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var segment in Segments(text.Trim()))
        {
            if (current.Length > 0 && width((current + segment).TrimEnd()) <= maxWidth)
            {
                current.Append(segment);
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current.ToString().TrimEnd());
                current.Clear();
            }

            if (width(segment.TrimEnd()) <= maxWidth)
            {
                current.Append(segment);
                continue;
            }

            // One word wider than the line: cut it between grapheme clusters.
            foreach (var cluster in Clusters(segment))
            {
                if (current.Length > 0 && width((current + cluster).TrimEnd()) > maxWidth)
                {
                    lines.Add(current.ToString().TrimEnd());
                    current.Clear();
                }

                current.Append(cluster);
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString().TrimEnd());
        }

        truncated = lines.Count > maxLines;
        if (!truncated)
        {
            return lines;
        }

        lines.RemoveRange(maxLines, lines.Count - maxLines);
        lines[^1] = WithEllipsis(lines[^1], maxWidth, width);
        return lines;
    }

    /// <summary>The line, shortened (a word at a time where it has spaces) until it fits with "…" after it.</summary>
    public static string WithEllipsis(string line, float maxWidth, Func<string, float> width)
    {
        var clusters = Clusters(line).ToList();
        while (clusters.Count > 0)
        {
            var candidate = string.Concat(clusters).TrimEnd(' ', ',', ';', ':', '、', '，', '-', '–', '—') + Ellipsis;
            if (width(candidate) <= maxWidth)
            {
                return candidate;
            }

            var space = clusters.FindLastIndex(c => c == " ");
            clusters.RemoveRange(space > clusters.Count / 2 ? space : clusters.Count - 1, space > clusters.Count / 2 ? clusters.Count - space : 1);
        }

        return Ellipsis;
    }

    /// <summary>The pieces between break opportunities, each with its trailing spaces.</summary>
    public static IEnumerable<string> Segments(string text)
    {
        var clusters = Clusters(text).ToList();
        var segment = new StringBuilder();
        for (var i = 0; i < clusters.Count; i++)
        {
            segment.Append(clusters[i]);
            if (i + 1 < clusters.Count && BreaksAfter(clusters[i], clusters[i + 1]))
            {
                yield return segment.ToString();
                segment.Clear();
            }
        }

        if (segment.Length > 0)
        {
            yield return segment.ToString();
        }
    }

    private static bool BreaksAfter(string cluster, string next)
    {
        if (IsSpace(next))
        {
            return false;
        }

        if (IsSpace(cluster))
        {
            return true;
        }

        return (IsIdeographic(cluster) || IsIdeographic(next)) && !NoBreakBefore.Contains(next[0]) && !NoBreakAfter.Contains(cluster[0]);
    }

    private static bool IsSpace(string cluster) => cluster.Length > 0 && char.IsWhiteSpace(cluster[0]);

    // Han, kana, CJK punctuation and full-width forms break between any two characters; Hangul, like Latin, breaks at spaces.
    private static bool IsIdeographic(string cluster)
    {
        var value = Rune.GetRuneAt(cluster, 0).Value;
        return value is >= 0x2E80 and <= 0x2FFF or >= 0x3000 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFF60 or >= 0x20000 and <= 0x3FFFF;
    }

    private static IEnumerable<string> Clusters(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            yield return elements.GetTextElement();
        }
    }
}
