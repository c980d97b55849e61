using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using SkiaSharp;
using StaticEvent.IO;

namespace StaticEvent.Images;

/// <summary>
/// The fonts social cards are drawn with: the theme's <c>fonts/</c> files (SIL OFL, shipped with the
/// theme, never the machine's fonts, so every machine draws the same pixels). The language's
/// script picks the first font to try; each character then falls back, in <see cref="Files"/>
/// order, to the first font that has it (a Latin event name on an Arabic page).
/// </summary>
internal sealed class CardFonts
{
    /// <summary>Font files under <c>themes/&lt;theme&gt;/fonts/</c> and the CLDR scripts each serves first.</summary>
    public static readonly IReadOnlyList<(string File, string[] Scripts)> Files =
    [
        ("NotoSans-Bold.ttf", ["Latn", "Grek", "Cyrl"]),
        ("NotoNaskhArabic-Bold.ttf", ["Arab"]),
        ("NotoSansHebrew-Bold.ttf", ["Hebr"]),
        ("NotoSansDevanagari-Bold.ttf", ["Deva"]),
        ("NotoSansBengali-Bold.ttf", ["Beng"]),
        ("NotoSansThai-Bold.ttf", ["Thai"]),
        ("NotoSansCJKjp-Bold-subset.otf", ["Jpan", "Hani", "Hans", "Hant", "Kore", "Hang"]),
    ];

    // Loaded fonts by the hash of their files, for the whole process (the preview and the tests
    // build often), and each file's hash by its bytes (the built-in theme's arrays are the same
    // at every build, so they are hashed once).
    private static readonly ConcurrentDictionary<string, CardFonts> Loaded = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<byte[], string> Hashes = new();

    private readonly SKTypeface[] _faces;
    private readonly SKFont[] _probes;
    private readonly string[] _names;
    private readonly Lazy<LineShaper> _shaper;

    private CardFonts(SKTypeface[] faces, string[] names, string signature)
    {
        _faces = faces;
        _names = names;
        _probes = [.. faces.Select(f => new SKFont(f))];
        _shaper = new Lazy<LineShaper>(() => new LineShaper(this));
        Signature = signature;
    }

    /// <summary>A hash of the font files' bytes: part of every card's cache key.</summary>
    public string Signature { get; }

    /// <summary>The fonts loaded, in <see cref="Files"/> order (a missing file is left out).</summary>
    public IReadOnlyList<SKTypeface> Faces => _faces;

    /// <summary>One shaper for these fonts (HarfBuzz fonts are safe to share between threads).</summary>
    public LineShaper Shaper => _shaper.Value;

    /// <summary>The theme's fonts, shared by every build of this process with the same files; null when the theme has none (then no cards).</summary>
    public static CardFonts? Load(IFileSource source, string theme)
    {
        var files = new List<(string File, byte[] Bytes)>();
        foreach (var (file, _) in Files)
        {
            var path = $"themes/{theme}/fonts/{file}";
            if (source.FileExists(path))
            {
                files.Add((file, source.ReadAllBytes(path)));
            }
        }

        if (files.Count == 0)
        {
            return null;
        }

        var hash = Rendering.HashWriter.Start();
        foreach (var (file, bytes) in files)
        {
            hash.Add(file).Add(Hashes.GetValue(bytes, b => Convert.ToHexString(SHA256.HashData(b))));
        }

        var signature = hash.Finish();
        return Loaded.GetOrAdd(signature, _ =>
        {
            var loaded = files.Select(f => (f.File, Face: SKTypeface.FromData(SKData.CreateCopy(f.Bytes)))).Where(f => f.Face is not null).ToList();
            return new CardFonts([.. loaded.Select(f => f.Face!)], [.. loaded.Select(f => f.File)], signature);
        });
    }

    /// <summary>The index in <see cref="Faces"/> of the font tried first for a CLDR script code (the first font when none serves it).</summary>
    public int Primary(string script)
    {
        foreach (var (file, scripts) in Files)
        {
            if (scripts.Contains(script, StringComparer.OrdinalIgnoreCase) && Array.IndexOf(_names, file) is >= 0 and var index)
            {
                return index;
            }
        }

        return 0;
    }

    /// <summary>
    /// The font for one character: marks, spaces, digits and punctuation stay in the current
    /// run's font when it has them (so a run is not cut inside a word); letters go to the primary
    /// font, else to the first font that has them; -1 when no font has the character.
    /// </summary>
    public int For(int codepoint, int primary, int current)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(codepoint);
        var sticky = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format || !IsLetter(category);
        if (sticky && current >= 0 && _probes[current].ContainsGlyph(codepoint))
        {
            return current;
        }

        if (_probes[primary].ContainsGlyph(codepoint))
        {
            return primary;
        }

        for (var i = 0; i < _probes.Length; i++)
        {
            if (_probes[i].ContainsGlyph(codepoint))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;
}
