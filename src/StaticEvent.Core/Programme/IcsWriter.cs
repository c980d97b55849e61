using System.Globalization;
using System.Text;

namespace StaticEvent.Programme;

/// <summary>
/// Writes iCalendar content lines (RFC 5545 §3.1): CRLF endings, lines folded at 75 octets of
/// UTF-8 without ever splitting a character, TEXT values escaped (§3.3.11).
/// </summary>
internal sealed class IcsWriter
{
    /// <summary>The limit counts octets, not characters, and excludes the CRLF.</summary>
    public const int MaxLineOctets = 75;

    private readonly StringBuilder _text = new();

    public void Begin(string component) => Raw("BEGIN", component);

    public void End(string component) => Raw("END", component);

    /// <summary>A property whose value is written as is (dates, URIs, enumerations).</summary>
    public void Raw(string name, string value) => Line(name + ":" + value);

    /// <summary>A TEXT property, escaped, with an optional LANGUAGE parameter.</summary>
    public void Text(string name, string value, string? language = null)
    {
        var head = language is null ? name : $"{name};LANGUAGE={language}";
        Line(head + ":" + EscapeText(value));
    }

    public void UtcDateTime(string name, DateTimeOffset value) =>
        Raw(name, value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    public void Date(string name, DateOnly value) =>
        Line(name + ";VALUE=DATE:" + value.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    public override string ToString() => _text.ToString();

    /// <summary>
    /// Escapes a TEXT value: backslash, semicolon, comma and newline; other control characters
    /// (not allowed in TEXT) are dropped.
    /// </summary>
    public static string EscapeText(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        var text = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case ';':
                    builder.Append("\\;");
                    break;
                case ',':
                    builder.Append("\\,");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append(c);
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Appends one content line, folded: a line longer than 75 octets continues on the next line
    /// after CRLF and one space (the space counts in the 75). Cuts fall between whole code points
    /// (a surrogate pair is one 4-octet code point), so no multi-byte UTF-8 sequence is split.
    /// </summary>
    private void Line(string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                _text.Append("\r\n ");
                octets = 1;
            }

            _text.Append(rune.ToString());
            octets += size;
        }

        _text.Append("\r\n");
    }
}
