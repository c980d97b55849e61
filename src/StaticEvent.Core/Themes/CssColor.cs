using System.Globalization;

namespace StaticEvent.Themes;

/// <summary>
/// A colour written <c>#rgb</c> or <c>#rrggbb</c>, the only form theme colour parameters take:
/// it is safe to put in a stylesheet as it is, and its contrast can be checked before publishing.
/// </summary>
internal readonly record struct CssColor(byte R, byte G, byte B)
{
    public static bool TryParse(string? text, out CssColor color)
    {
        color = default;
        if (text is not ['#', .. var hex] || (hex.Length != 3 && hex.Length != 6) || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => $"{c}{c}"));
        }

        color = new CssColor(Channel(hex, 0), Channel(hex, 2), Channel(hex, 4));
        return true;
    }

    /// <summary>The WCAG 2.2 contrast ratio of two colours, from 1 (none) to 21 (black on white).</summary>
    public static double Contrast(CssColor a, CssColor b)
    {
        var (light, dark) = (Math.Max(a.Luminance, b.Luminance), Math.Min(a.Luminance, b.Luminance));
        return (light + 0.05) / (dark + 0.05);
    }

    /// <summary>Relative luminance as WCAG defines it (sRGB channels linearised).</summary>
    public double Luminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    private static byte Channel(string hex, int at) => byte.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
