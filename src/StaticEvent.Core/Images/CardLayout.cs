namespace StaticEvent.Images;

/// <summary>One line of a card, placed: <see cref="X"/> is its left edge, <see cref="Baseline"/> its baseline.</summary>
internal sealed record PlacedLine(string Role, ShapedLine Line, float X, float Baseline, float Size);

/// <summary>
/// Where every line of a card goes (<see cref="SocialCardLayout"/>): the model the painter draws
/// and tests read (an Arabic title ends at the right margin).
/// </summary>
internal sealed record CardLayout(IReadOnlyList<PlacedLine> Lines, bool TitleTruncated)
{
    public IEnumerable<PlacedLine> Title => Lines.Where(l => l.Role == "title");

    public int MissingGlyphs => Lines.Sum(l => l.Line.MissingGlyphs);
}
