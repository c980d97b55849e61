namespace StaticEvent.Locale;

/// <summary>
/// CLDR's standard list patterns ("and" lists) of a locale, each with <c>{0}</c> and <c>{1}</c>:
/// <see cref="Two"/> for two items, else <see cref="Start"/>, <see cref="Middle"/>… and <see cref="End"/>.
/// </summary>
internal sealed record ListPatterns(string Start, string Middle, string End, string Two)
{
    /// <summary>What the middle pattern puts between two items: ", " in English, "、" in Japanese.</summary>
    public string Separator => Between(Middle);

    /// <summary>["A", "B", "C"] → "A, B and C" (en-GB); "A، B و C"-like forms come from the data.</summary>
    public string Format(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        2 => Fill(Two, items[0], items[1]),
        _ => FormatMany(items),
    };

    private string FormatMany(IReadOnlyList<string> items)
    {
        var text = Fill(End, items[^2], items[^1]);
        for (var i = items.Count - 3; i >= 1; i--)
        {
            text = Fill(Middle, items[i], text);
        }

        return Fill(Start, items[0], text);
    }

    // By position, not Replace: an item may itself contain "{1}".
    private static string Fill(string pattern, string first, string second)
    {
        var a = pattern.IndexOf("{0}", StringComparison.Ordinal);
        var b = pattern.IndexOf("{1}", StringComparison.Ordinal);
        if (a < 0 || b < 0)
        {
            return first + ", " + second;
        }

        return a < b
            ? pattern[..a] + first + pattern[(a + 3)..b] + second + pattern[(b + 3)..]
            : pattern[..b] + second + pattern[(b + 3)..a] + first + pattern[(a + 3)..];
    }

    private static string Between(string pattern)
    {
        var a = pattern.IndexOf("{0}", StringComparison.Ordinal);
        var b = pattern.IndexOf("{1}", StringComparison.Ordinal);
        return a >= 0 && b > a ? pattern[(a + 3)..b] : ", ";
    }
}
