using AngleSharp.Html.Parser;
using SkiaSharp;
using StaticEvent.IO;
using StaticEvent.Output;

namespace StaticEvent.Tests.Images;

/// <summary>Helpers of the image tests: the og:image of each page, decoded, and the built-in fonts.</summary>
internal static class CardAssertions
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The built-in theme's card fonts, as a build loads them.</summary>
    public static StaticEvent.Images.CardFonts Fonts() =>
        StaticEvent.Images.CardFonts.Load(ThemeOverlaySource.Over(new MemoryFileSource()), "default")!;

    /// <summary>The card meta of one built page: og:image (absolute), its alt, and whether twitter:card asks for the large picture.</summary>
    public static (string? Image, string? Alt, string? Twitter, string? Width, string? Height) Meta(string html)
    {
        var document = Parser.ParseDocument(html);
        string? Content(string selector) => document.QuerySelector(selector)?.GetAttribute("content");
        return (Content("meta[property='og:image']"), Content("meta[property='og:image:alt']"), Content("meta[name='twitter:card']"),
            Content("meta[property='og:image:width']"), Content("meta[property='og:image:height']"));
    }

    /// <summary>HTML pages of an output that have a head (alias redirects are bare meta-refresh stubs).</summary>
    public static IEnumerable<(string Path, string Html)> Pages(MemoryOutputSink output) =>
        output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (f.Key, System.Text.Encoding.UTF8.GetString(f.Value)))
            .Where(p => !p.Item2.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal);

    /// <summary>The output path of an og:image URL on <paramref name="baseUrl"/>.</summary>
    public static string OutputPath(string url, Uri baseUrl)
    {
        Assert.StartsWith(baseUrl.ToString(), url, StringComparison.Ordinal);
        return url[baseUrl.ToString().Length..];
    }

    public static void AssertPngCard(byte[] bytes, string what)
    {
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"{what} is not a PNG");
        using var codec = SKCodec.Create(SKData.CreateCopy(bytes));
        Assert.NotNull(codec);
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        Assert.Equal((1200, 630), (codec.Info.Width, codec.Info.Height));
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
    }

    /// <summary>The leftmost and rightmost columns, in the title's band, whose pixels are near white (the title's colour).</summary>
    public static (int Left, int Right) TitleInk(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var (left, right) = (int.MaxValue, -1);
        for (var y = 200; y < 470; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red > 235 && pixel.Green > 235 && pixel.Blue > 235)
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                }
            }
        }

        return (left, right);
    }
}
