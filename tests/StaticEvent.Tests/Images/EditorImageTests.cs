using AngleSharp.Html.Parser;
using SkiaSharp;
using StaticEvent.Diagnostics;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Images;

/// <summary>Editors' images (issue 15): measured sizes, WebP variants, srcset, alt text warnings, damaged and oversized files.</summary>
public sealed class EditorImageTests
{
    private const string Page = "content/news/expo/index.fr.md";

    private static readonly HtmlParser Parser = new();

    private static readonly Lazy<byte[]> Photo = new(() => Noise(1700, 850));

    /// <summary>A site on the built-in theme with one article bundle, its hero and body images.</summary>
    private static TestSite Site(string body, string frontMatter = "image: hall.png\nimageAlt: La salle plénière") => TestSite.Parse($"""
        -- site.yml --
        baseUrl: https://example.org/
        defaultLanguage: fr
        timeZone: Africa/Casablanca
        buildDate: 2025-11-27T18:00:00+01:00
        languages:
          - code: fr
            name: Français
            culture: fr-FR
            title: Site FR
            sections:
              news: actualites
        -- content/_index.fr.md --
        ---
        title: Accueil
        ---
        -- {Page} --
        ---
        title: L’exposition
        date: 2025-11-20
        {frontMatter}
        ---
        {body}
        """).With("content/news/expo/hall.png", Photo.Value);

    [Fact]
    public void BodyAndHeroImagesGetWidthHeightAndASrcsetOfWebpVariantsNoWiderThanTheSource()
    {
        var outcome = Site("![Les stands de l’exposition](hall.png)").Build().AssertSuccess();
        var document = Parser.ParseDocument(outcome.Text("fr/actualites/expo/index.html"));
        var images = document.QuerySelectorAll("img[src$='hall.png']");
        Assert.Equal(2, images.Length); // the hero (printed from the site's root) and the body's (relative)
        foreach (var image in images)
        {
            var folder = image.GetAttribute("src")![..^"hall.png".Length];
            Assert.Equal("1700", image.GetAttribute("width"));
            Assert.Equal("850", image.GetAttribute("height"));
            Assert.Equal($"{folder}hall-480w.webp 480w, {folder}hall-960w.webp 960w, {folder}hall-1600w.webp 1600w, {folder}hall.png 1700w", image.GetAttribute("srcset"));
            Assert.False(string.IsNullOrEmpty(image.GetAttribute("sizes")));
        }

        foreach (var width in new[] { 480, 960, 1600 })
        {
            var bytes = outcome.Output.Files[$"fr/actualites/expo/hall-{width}w.webp"];
            using var codec = SKCodec.Create(SKData.CreateCopy(bytes));
            Assert.Equal(SKEncodedImageFormat.Webp, codec.EncodedFormat);
            Assert.Equal((width, width / 2), (codec.Info.Width, codec.Info.Height));
            Assert.True(bytes.Length < Photo.Value.Length, $"the {width} px variant is {bytes.Length} bytes, the source {Photo.Value.Length}");
        }

        Assert.True(outcome.Has("fr/actualites/expo/hall.png"), "the original is still copied");
        Assert.False(outcome.Has("fr/actualites/expo/hall-2400w.webp"));
    }

    [Fact]
    public void AnImageNarrowerThanEveryVariantIsNotUpscaled()
    {
        var outcome = Site("![Un logo](small.png)").With("content/news/expo/small.png", Noise(400, 300)).Build().AssertSuccess();
        var image = Parser.ParseDocument(outcome.Text("fr/actualites/expo/index.html")).QuerySelector("img[src='small.png']")!;
        Assert.Equal(("400", "300"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Null(image.GetAttribute("srcset"));
        Assert.DoesNotContain(outcome.Output.Files.Keys, k => k.StartsWith("fr/actualites/expo/small-", StringComparison.Ordinal));
    }

    [Fact]
    public void AnImageWithoutAltTextIsAWarningNamingTheFileAndTheImage()
    {
        var outcome = Site("Texte.\n\n![](hall.png)").Build();
        Assert.True(outcome.Result.Succeeded, outcome.Describe());
        var warning = outcome.AssertDiagnostic(DiagnosticCodes.ImageMissingAlt, Page, 9, 1);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("hall.png", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADamagedImageIsAnErrorNamingTheFileNotACrash()
    {
        var outcome = Site("![Une photo](broken.jpg)").With("content/news/expo/broken.jpg", "this is not a JPEG\n"u8.ToArray()).Build();
        Assert.False(outcome.Result.Succeeded);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(DiagnosticCodes.ImageUnreadable, error.Code);
        Assert.Equal("content/news/expo/broken.jpg", error.Location.Path);
    }

    [Fact]
    public void ADecompressionBombIsRefusedFromItsHeaderBeforeDecoding()
    {
        // A valid PNG header that claims 60,000 × 60,000 pixels (3.6 billion) in a file of a few bytes.
        var outcome = Site("![Une photo](bomb.png)").With("content/news/expo/bomb.png", PngHeader(60_000, 60_000)).Build();
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(DiagnosticCodes.ImageTooLarge, error.Code);
        Assert.Equal("content/news/expo/bomb.png", error.Location.Path);
        Assert.Contains("60,000×60,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VariantsAreNotEncodedAgainWhenTheCacheFolderHasThem()
    {
        var folder = Path.Combine(Path.GetTempPath(), "staticevent-images-" + Guid.NewGuid().ToString("N"));
        try
        {
            var site = Site("![Les stands](hall.png)");
            var options = new BuildOptions { SourceDirectory = "(memory)", CacheDirectory = folder, MaxParallelism = 2 };
            var first = site.BuildInto(new StaticEvent.Output.MemoryOutputSink(), options);
            Assert.True(first.ImagesEncoded >= 3, $"{first.ImagesEncoded} encoded");
            var second = site.BuildInto(new StaticEvent.Output.MemoryOutputSink(), options);
            Assert.Equal(0, second.ImagesEncoded);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // Random pixels compress badly: a source whose variants must come out smaller.
    private static byte[] Noise(int width, int height)
    {
        var random = new Random(15);
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var pixels = new byte[width * height * 4];
        random.NextBytes(pixels);
        for (var i = 3; i < pixels.Length; i += 4)
        {
            pixels[i] = 255;
        }

        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static byte[] PngHeader(int width, int height)
    {
        var bytes = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        void Chunk(string type, byte[] data)
        {
            bytes.AddRange(BigEndian(data.Length));
            var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            bytes.AddRange(typed);
            bytes.AddRange(BigEndian((int)Crc32(typed)));
        }

        Chunk("IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 2, 0, 0, 0]);
        Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk("IEND", []);
        return [.. bytes];
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
