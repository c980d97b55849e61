using SkiaSharp;

namespace StaticEvent.Images;

/// <summary>One run of glyphs in one font and direction, positioned from the run's left edge.</summary>
internal sealed record ShapedRun(int Face, ushort[] Glyphs, SKPoint[] Positions, float Width, bool RightToLeft);

/// <summary>
/// A line of text shaped for drawing: its runs in visual order, left to right, as the simplified
/// bidirectional algorithm of <see cref="LineShaper"/> placed them.
/// </summary>
internal sealed record ShapedLine(string Text, IReadOnlyList<ShapedRun> Runs, float Width)
{
    /// <summary>Glyphs no font had (glyph id 0, drawn as an empty box).</summary>
    public int MissingGlyphs => Runs.Sum(r => r.Glyphs.Count(g => g == 0));
}
