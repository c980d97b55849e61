using SkiaSharp;

namespace StaticEvent.Images;

/// <summary>
/// Draws a laid-out card and encodes it as PNG. Only the theme's fonts, no hinting, no
/// timestamp or other metadata chunk: the same card gives the same bytes on every build.
/// </summary>
internal static class SocialCardPainter
{
    public static byte[] Paint(SocialCard card, CardLayout layout, LineShaper shaper)
    {
        var info = new SKImageInfo(SocialCard.Width, SocialCard.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        var colors = card.Colors;
        canvas.Clear(Color(colors.Background));

        // A large disc in the top corner at the far end of the reading side (flat colours keep the PNG small), the accent rule and the band at the bottom.
        var far = card.RightToLeft ? 0f : SocialCard.Width;
        using (var glow = new SKPaint { IsAntialias = true, Color = Color(colors.Glow) })
        {
            canvas.DrawCircle(far, 0, 330, glow);
        }

        using var accent = new SKPaint { Color = Color(colors.Accent), IsAntialias = true };
        var ruleX = card.RightToLeft ? SocialCard.Width - SocialCardLayout.Margin - 96 : SocialCardLayout.Margin;
        canvas.DrawRect(ruleX, 164, 96, 6, accent);
        canvas.DrawRect(0, SocialCard.Height - 14, SocialCard.Width, 14, accent);

        foreach (var line in layout.Lines)
        {
            using var paint = new SKPaint { IsAntialias = true, Color = Color(line.Role switch { "title" => colors.Title, "event" => colors.Event, _ => colors.Details }) };
            var x = line.X;
            foreach (var run in line.Line.Runs)
            {
                using var font = shaper.Font(run.Face, line.Size);
                using var builder = new SKTextBlobBuilder();
                var buffer = builder.AllocatePositionedRun(font, run.Glyphs.Length);
                buffer.SetGlyphs(run.Glyphs);
                buffer.SetPositions(run.Positions);
                using var blob = builder.Build();
                if (blob is not null)
                {
                    canvas.DrawText(blob, x, line.Baseline, paint);
                }

                x += run.Width;
            }
        }

        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6));
        return png?.ToArray() ?? throw new InvalidOperationException("the PNG encoder gave nothing");
    }

    private static SKColor Color(string hex) => SKColor.TryParse(hex, out var color) ? color : SKColors.Black;
}
