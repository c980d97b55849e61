namespace StaticEvent.Diagnostics;

/// <summary>
/// "Did you mean …?": the known name closest to a misspelt one, by Damerau–Levenshtein distance
/// (the optimal-string-alignment form: a swap of two neighbours counts as one edit, so
/// <c>titel</c> is one edit from <c>title</c>). Used for unknown keys and template members.
/// </summary>
internal static class Suggestion
{
    /// <summary>
    /// The candidate closest to <paramref name="word"/>, ignoring case, if it is close enough to be
    /// a likely typo (1 edit for names up to 4 characters, 2 up to 8, 3 beyond); the first of
    /// equally close ones. Null when none is, or when <paramref name="word"/> is itself a candidate.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);
        var limit = word.Length <= 4 ? 1 : word.Length <= 8 ? 2 : 3;
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, word, StringComparison.Ordinal))
            {
                return null;
            }

            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant(), bestDistance);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// The optimal-string-alignment distance between <paramref name="a"/> and <paramref name="b"/>:
    /// insertions, deletions, substitutions and swaps of adjacent characters. Stops counting at
    /// <paramref name="cap"/> (returns it) once the distance cannot be below it.
    /// </summary>
    public static int Distance(string a, string b, int cap = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) >= cap)
        {
            return cap;
        }

        // Three rows of the table: two back (for swaps), the previous one and the current one.
        var twoBack = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin >= cap)
            {
                return cap;
            }

            (twoBack, previous, current) = (previous, current, twoBack);
        }

        return Math.Min(previous[b.Length], cap);
    }
}
