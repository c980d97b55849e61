using System.Globalization;
using System.Text;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Hostile;

/// <summary>
/// One hostile-input case: the site files it adds to (or replaces in) the base theme, the links it
/// plants, and what the build must report. The format is described in Hostile/README.md.
/// </summary>
public sealed class HostileCase
{
    private const string SymlinkPrefix = "symlink ";
    private const string FifoPrefix = "fifo ";
    private const string SparsePrefix = "sparse ";

    private HostileCase(string name)
    {
        Name = name;
    }

    public string Name { get; }

    /// <summary>Site-relative path → bytes, base theme included unless the case says <c>base: none</c>.</summary>
    public SortedDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Links to create: site-relative link path → target, relative to the site folder.</summary>
    public List<(string Link, string Target)> Symlinks { get; } = [];

    /// <summary>Named pipes to create (site-relative paths): reading one blocks until someone writes.</summary>
    public List<string> Fifos { get; } = [];

    /// <summary>Sparse files to create: site-relative path → size in bytes, taking no room on disk.</summary>
    public List<(string Path, long Size)> SparseFiles { get; } = [];

    /// <summary>Cases with links, pipes or sparse files run only where those can be made.</summary>
    public bool NeedsSpecialFiles => Symlinks.Count + Fifos.Count + SparseFiles.Count > 0;

    /// <summary>Expected errors as <c>CODE path:line:col</c>.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Expected warnings as <c>CODE path:line:col</c>; when empty, warnings are not checked.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Checks on the new output, for cases that must succeed: <c>exists</c>, <c>contains</c>, negated with <c>!</c>.</summary>
    public List<OutputCheck> OutputChecks { get; } = [];

    public bool MustSucceed => Errors.Count == 0;

    public static HostileCase Load(string file)
    {
        var text = File.ReadAllText(file, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        var hostile = new HostileCase(Path.GetFileNameWithoutExtension(file));
        var sections = Sections(text, out var preamble);
        if (!preamble.Split('\n').Any(l => l.Trim() == "base: none"))
        {
            var baseTheme = TestSite.BaseTheme.Replace("BASEURL", "https://example.org/", StringComparison.Ordinal).Replace("MENUREF", "_index", StringComparison.Ordinal);
            foreach (var (header, body) in Sections(baseTheme, out _))
            {
                hostile.Files[header] = Encoding.UTF8.GetBytes(body.TrimEnd('\n') + "\n");
            }
        }

        foreach (var (header, body) in sections)
        {
            if (header == "expected")
            {
                hostile.ReadExpected(body);
            }
            else if (header.StartsWith(SymlinkPrefix, StringComparison.Ordinal))
            {
                var parts = header[SymlinkPrefix.Length..].Split(" -> ");
                if (parts.Length != 2)
                {
                    throw new FormatException($"{file}: write '-- symlink LINK -> TARGET --'");
                }

                hostile.Symlinks.Add((Unescape(parts[0].Trim()), parts[1].Trim()));
            }
            else if (header.StartsWith(FifoPrefix, StringComparison.Ordinal))
            {
                hostile.Fifos.Add(Unescape(header[FifoPrefix.Length..].Trim()));
            }
            else if (header.StartsWith(SparsePrefix, StringComparison.Ordinal))
            {
                var parts = header[SparsePrefix.Length..].Trim().Split(' ');
                hostile.SparseFiles.Add((Unescape(parts[0]), long.Parse(parts[1], CultureInfo.InvariantCulture)));
            }
            else
            {
                var (path, bytes) = FileSection(header, body);
                hostile.Files[path] = bytes;
            }
        }

        return hostile;
    }

    /// <summary>Decodes the escapes of <c>[escaped]</c> sections (see README.md) into bytes.</summary>
    public static byte[] UnescapeBytes(string text)
    {
        var output = new List<byte>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                AppendChar(output, text, ref i);
                continue;
            }

            var next = text[i + 1];
            if (string.CompareOrdinal(text, i + 1, "repeat{", 0, 7) == 0)
            {
                var countEnd = text.IndexOf('}', i + 8);
                var count = int.Parse(text[(i + 8)..countEnd], CultureInfo.InvariantCulture);
                if (text[countEnd + 1] != '{')
                {
                    throw new FormatException(@"write \repeat{N}{text}");
                }

                var start = countEnd + 2;
                var end = MatchingBrace(text, start);
                var unit = UnescapeBytes(text[start..end]);
                for (var n = 0; n < count; n++)
                {
                    output.AddRange(unit);
                }

                i = end + 1;
                continue;
            }

            switch (next)
            {
                case 'x':
                    output.Add(byte.Parse(text.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'u':
                    output.AddRange(Encoding.UTF8.GetBytes(((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()));
                    i += 6;
                    break;
                case 'r' or 'n' or 't':
                    output.Add(next switch { 'r' => (byte)'\r', 'n' => (byte)'\n', _ => (byte)'\t' });
                    i += 2;
                    break;
                case '\\' or '{' or '}':
                    output.Add((byte)next);
                    i += 2;
                    break;
                default:
                    AppendChar(output, text, ref i);
                    break;
            }
        }

        return [.. output];
    }

    /// <summary>Decodes <c>\uXXXX</c> in paths and expected lines (NFD names, for instance).</summary>
    public static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u')
            {
                builder.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    public override string ToString() => Name;

    private static List<(string Header, string Body)> Sections(string text, out string preamble)
    {
        var sections = new List<(string, string)>();
        var before = new StringBuilder();
        string? header = null;
        var body = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (header is not null)
                {
                    sections.Add((header, body.ToString()));
                }

                header = line[3..^3].Trim();
                body.Clear();
                continue;
            }

            (header is null ? before : body).Append(line).Append('\n');
        }

        if (header is not null)
        {
            sections.Add((header, body.ToString()));
        }

        preamble = before.ToString();
        return sections;
    }

    // "path [flags]": escaped, bom, crlf, utf16le/utf16be (with a byte order mark unless nobom), noeol.
    private static (string Path, byte[] Bytes) FileSection(string header, string body)
    {
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var path = header;
        if (header.EndsWith(']') && header.LastIndexOf(" [", StringComparison.Ordinal) is var open and > 0)
        {
            flags.UnionWith(header[(open + 2)..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            path = header[..open];
        }

        var unknown = flags.Except(["escaped", "bom", "nobom", "crlf", "utf16le", "utf16be", "noeol"]).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"unknown flags in '-- {header} --': {string.Join(", ", unknown)}");
        }

        var text = body.TrimEnd('\n') + (flags.Contains("noeol") ? string.Empty : "\n");
        if (flags.Contains("crlf"))
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        var bytes = flags.Contains("escaped") ? UnescapeBytes(text) : Encoding.UTF8.GetBytes(text);
        if (flags.Contains("utf16le") || flags.Contains("utf16be"))
        {
            var utf16 = flags.Contains("utf16le") ? Encoding.Unicode : Encoding.BigEndianUnicode;
            bytes = [.. flags.Contains("nobom") ? [] : utf16.GetPreamble(), .. utf16.GetBytes(Encoding.UTF8.GetString(bytes))];
        }

        if (flags.Contains("bom"))
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        return (Unescape(path), bytes);
    }

    private void ReadExpected(string body)
    {
        foreach (var raw in body.Split('\n'))
        {
            var line = Unescape(raw.Trim());
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var negated = line.StartsWith("! ", StringComparison.Ordinal);
            var check = negated ? line[2..] : line;
            if (check.StartsWith("exists ", StringComparison.Ordinal))
            {
                OutputChecks.Add(new OutputCheck(negated, check[7..].Trim(), null));
            }
            else if (check.StartsWith("contains ", StringComparison.Ordinal))
            {
                var rest = check[9..];
                var space = rest.IndexOf(' ', StringComparison.Ordinal);
                OutputChecks.Add(new OutputCheck(negated, rest[..space], rest[(space + 1)..]));
            }
            else if (line.StartsWith("warning ", StringComparison.Ordinal))
            {
                Warnings.Add(line[8..].Trim());
            }
            else
            {
                Errors.Add(line);
            }
        }
    }

    private static int MatchingBrace(string text, int start)
    {
        var depth = 1;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        throw new FormatException(@"\repeat{N}{text} is not closed");
    }

    private static void AppendChar(List<byte> output, string text, ref int i)
    {
        var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        output.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, length)));
        i += length;
    }
}
