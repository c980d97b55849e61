using System.Globalization;
using SkiaSharp;
using StaticEvent.IO;

namespace StaticEvent.Images;

/// <summary>
/// The fonts social cards are drawn with: the theme's <c>fonts/</c> files (SIL OFL, shipped with the
/// theme, never the machine's fonts, so every machine draws the same pixels). The language's
/// script picks the first font to try; each character then falls back, in <see cref="Files"/>
/// order, to the first font that has it (a Latin event name on an Arabic page).
/// </summary>
public sealed class CardFonts : IDisposable
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

    private readonly List<SKTypeface> _faces;
    private readonly SKFont[] _probes;

    private CardFonts(List<SKTypeface> faces, string signature)
    {
        _faces = faces;
        _probes = [.. faces.Select(f => new SKFont(f))];
        Signature = signature;
    }

    /// <summary>A hash of the font files' bytes: part of every card's cache key.</summary>
    public string Signature { get; }

    /// <summary>The fonts loaded, in <see cref="Files"/> order (a missing file is left out).</summary>
    public IReadOnlyList<SKTypeface> Faces => _faces;

    /// <summary>Loads the theme's fonts; null when the theme has none of them (then no cards).</summary>
    public static CardFonts? Load(IFileSource source, string theme)
    {
        var faces = new List<SKTypeface>();
        var hash = Rendering.HashWriter.Start();
        foreach (var (file, _) in Files)
        {
            var path = $"themes/{theme}/fonts/{file}";
            if (!source.FileExists(path))
            {
                continue;
            }

            var bytes = source.ReadAllBytes(path);
            if (SKTypeface.FromData(SKData.CreateCopy(bytes)) is { } face)
            {
                faces.Add(face);
                hash.Add(file).Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)));
            }
        }

        return faces.Count == 0 ? null : new CardFonts(faces, hash.Finish());
    }

    /// <summary>The index in <see cref="Faces"/> of the font tried first for a CLDR script code.</summary>
    public int Primary(string script)
    {
        for (var i = 0; i < Files.Count && i < _faces.Count; i++)
        {
            if (Files[i].Scripts.Contains(script, StringComparer.OrdinalIgnoreCase))
            {
                return IndexOfFile(Files[i].File);
            }
        }

        return 0;
    }

    private int IndexOfFile(string file)
    {
        var wanted = Files.Select(f => f.File).ToList().IndexOf(file);
        return Math.Clamp(wanted, 0, _faces.Count - 1);
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

        for (var i = 0; i < _faces.Count; i++)
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

    public void Dispose()
    {
        foreach (var probe in _probes)
        {
            probe.Dispose();
        }

        foreach (var face in _faces)
        {
            face.Dispose();
        }
    }
}
