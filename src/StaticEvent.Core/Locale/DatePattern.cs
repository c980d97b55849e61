using System.Collections.Concurrent;
using System.Text;

namespace StaticEvent.Locale;

/// <summary>
/// A CLDR (LDML) date pattern split into fields and literal text, parsed once and cached:
/// <c>d 'de' MMMM 'de' y</c> → d, " de ", MMMM, " de ", y. Letters A–Z and a–z are fields (a run
/// of one letter is one field); text in single quotes is literal, and <c>''</c> is a quote.
/// </summary>
internal sealed class DatePattern
{
    private static readonly ConcurrentDictionary<string, DatePattern> Cache = new(StringComparer.Ordinal);

    private DatePattern(IReadOnlyList<Token> tokens)
    {
        Tokens = tokens;
    }

    public IReadOnlyList<Token> Tokens { get; }

    public static DatePattern Parse(string pattern) => Cache.GetOrAdd(pattern, p => new DatePattern(Tokenize(p)));

    /// <summary>
    /// An interval pattern's two halves: CLDR starts the second at the first field whose kind
    /// already appeared ("MMM d – d, y" → "MMM d – " for the start, "d, y" for the end).
    /// </summary>
    public (IReadOnlyList<Token> First, IReadOnlyList<Token> Second) SplitInterval()
    {
        var seen = new HashSet<char>();
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Field is { } field && !seen.Add(Kind(field)))
            {
                return (Tokens.Take(i).ToArray(), Tokens.Skip(i).ToArray());
            }
        }

        return (Tokens, []);
    }

    private static char Kind(char field) => field switch
    {
        'L' => 'M',
        'c' or 'e' => 'E',
        'h' or 'K' or 'k' => 'H',
        'b' or 'B' => 'a',
        'Y' => 'y',
        _ => field,
    };

    private static List<Token> Tokenize(string pattern)
    {
        var tokens = new List<Token>();
        var literal = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\'')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] == '\'')
                {
                    literal.Append('\'');
                    i++;
                    continue;
                }

                // Quoted text up to the closing quote ('' inside is a quote); an unclosed quote runs to the end.
                for (i++; i < pattern.Length; i++)
                {
                    if (pattern[i] == '\'' && i + 1 < pattern.Length && pattern[i + 1] == '\'')
                    {
                        literal.Append('\'');
                        i++;
                    }
                    else if (pattern[i] == '\'')
                    {
                        break;
                    }
                    else
                    {
                        literal.Append(pattern[i]);
                    }
                }

                continue;
            }

            if (char.IsAsciiLetter(c))
            {
                var count = 1;
                while (i + count < pattern.Length && pattern[i + count] == c)
                {
                    count++;
                }

                Flush();
                tokens.Add(new Token(c, count, null));
                i += count - 1;
                continue;
            }

            literal.Append(c);
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (literal.Length > 0)
            {
                tokens.Add(new Token(null, 0, literal.ToString()));
                literal.Clear();
            }
        }
    }

    /// <summary>A field (letter and count) or literal text.</summary>
    internal readonly record struct Token(char? Field, int Count, string? Text);
}
