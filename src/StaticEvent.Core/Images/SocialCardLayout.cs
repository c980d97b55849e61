namespace StaticEvent.Images;

/// <summary>
/// Lays a card out on 1200×630: the event's name at the top, the page's title in large type
/// (a smaller size when it needs more than two lines, cut with "…" after three), the dates and
/// the site's host at the bottom. Lines start at the reading side: the right for Arabic, Hebrew,
/// Persian and Urdu, where the whole card is mirrored.
/// </summary>
internal static class SocialCardLayout
{
    public const float Margin = 80;
    private static readonly float[] TitleSizes = [76, 64, 54];
    private const int TitleLines = 3;

    public static CardLayout Compute(SocialCard card, LineShaper shaper)
    {
        var width = SocialCard.Width - (2 * Margin);
        var lines = new List<PlacedLine>();
        var tall = card.Script is "Deva" or "Beng" or "Thai" or "Arab" ? 1.42f : 1.24f;

        if (!string.IsNullOrEmpty(card.Event) && card.Event != card.Title)
        {
            var text = LineBreaker.Break(card.Event, width, 1, t => shaper.Shape(t, 34, card.Script, card.RightToLeft).Width, out _)[0];
            lines.Add(Place("event", shaper.Shape(text, 34, card.Script, card.RightToLeft), 132, 34, card.RightToLeft));
        }

        var truncated = false;
        IReadOnlyList<string> title = [];
        var size = TitleSizes[0];
        foreach (var candidate in TitleSizes)
        {
            size = candidate;
            title = LineBreaker.Break(card.Title, width, TitleLines, t => shaper.Shape(t, candidate, card.Script, card.RightToLeft).Width, out truncated);
            if (title.Count <= 2 && !truncated)
            {
                break;
            }
        }

        var baseline = 208 + size;
        foreach (var line in title)
        {
            lines.Add(Place("title", shaper.Shape(line, size, card.Script, card.RightToLeft), baseline, size, card.RightToLeft));
            baseline += size * tall;
        }

        var bottom = SocialCard.Height - 78;
        PlacedLine? dates = null;
        if (!string.IsNullOrEmpty(card.Dates))
        {
            dates = Place("dates", shaper.Shape(card.Dates, 32, card.Script, card.RightToLeft), bottom, 32, card.RightToLeft);
            lines.Add(dates);
        }

        if (!string.IsNullOrEmpty(card.Host))
        {
            // The host is Latin whatever the page's language; it goes to the other side, if there is room.
            var host = shaper.Shape(card.Host, 26, "Latn", rightToLeft: false);
            if (host.Width + (dates?.Line.Width ?? 0) + 48 <= width)
            {
                lines.Add(Place("host", host, bottom, 26, !card.RightToLeft));
            }
        }

        return new CardLayout(lines, truncated);
    }

    private static PlacedLine Place(string role, ShapedLine line, float baseline, float size, bool fromRight) =>
        new(role, line, fromRight ? SocialCard.Width - Margin - line.Width : Margin, baseline, size);
}
