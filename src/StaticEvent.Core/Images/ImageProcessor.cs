using System.Security.Cryptography;
using SkiaSharp;
using StaticEvent.Diagnostics;

namespace StaticEvent.Images;

/// <summary>
/// Measures an editor's image and makes its WebP variants with SkiaSharp (no AVIF: Skia has no
/// AVIF encoder). The header is read first and an image too large to decode safely (a
/// decompression bomb: a small file that claims a huge size) is refused before any pixel is
/// decoded. Variants are never wider than the image, and one that would not be smaller than the
/// original file is left out.
/// </summary>
internal static class ImageProcessor
{
    /// <summary>The widths made for images in pages (a phone, a tablet or column, a wide screen).</summary>
    public static readonly int[] PageWidths = [480, 960, 1600];

    /// <summary>The widths made for speakers' photos, shown 160 px wide: 1×, 2×, 3× screens.</summary>
    public static readonly int[] PhotoWidths = [160, 320, 480];

    /// <summary>Longest side accepted, in pixels.</summary>
    public const int MaxSide = 12_000;

    /// <summary>Most pixels accepted (about 200 MB once decoded).</summary>
    public const long MaxPixels = 50_000_000;

    private const int Quality = 80;
    private const int Version = 1;

    /// <summary>The raster formats the pipeline reads; SVG and others are copied as they are.</summary>
    public static bool Handles(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".webp" or ".gif";

    /// <summary>Measures the image and makes (or finds in the cache) its variants; null, with an error naming the file, when it cannot.</summary>
    public static (EditorImage Image, IReadOnlyDictionary<string, byte[]> Files)? Process(string path, byte[] bytes, int[] widths, MediaCache cache, DiagnosticBag diagnostics)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            diagnostics.Error(DiagnosticCodes.ImageUnreadable, new SourceLocation(path), "the image cannot be read: it is damaged, or not a JPEG, PNG, WebP or GIF file",
                "open it in an image editor and save it again as JPEG or PNG");
            return null;
        }

        var (sourceWidth, sourceHeight) = (codec.Info.Width, codec.Info.Height);
        if (sourceWidth > MaxSide || sourceHeight > MaxSide || (long)sourceWidth * sourceHeight > MaxPixels)
        {
            diagnostics.Error(DiagnosticCodes.ImageTooLarge, new SourceLocation(path),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the image is {sourceWidth:N0}×{sourceHeight:N0} pixels; the build decodes images up to {MaxSide:N0} pixels a side and {MaxPixels / 1_000_000} megapixels"),
                "resize it (2000–3000 pixels wide is plenty for a web page) and save it again");
            return null;
        }

        var turned = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (width, height) = turned ? (sourceHeight, sourceWidth) : (sourceWidth, sourceHeight);
        var fileName = path[(path.LastIndexOf('/') + 1)..];
        var variants = new List<ImageVariant>();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);

        // An animated GIF keeps its animation: it is measured, not converted.
        if (codec.FrameCount > 1)
        {
            return (new EditorImage(path, width, height, variants), files);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        SKBitmap? decoded = null;
        try
        {
            foreach (var target in widths.Where(w => w < width))
            {
                var targetHeight = Math.Max(1, (int)Math.Round((double)height * target / width));
                var key = Rendering.HashWriter.Start().Add(Version).Add(hash).Add(target).Add(Quality).Finish()[..24];
                byte[] encoded;
                try
                {
                    encoded = cache.GetOrMake(key, ".webp", () => Encode(decoded ??= Decode(codec), codec.EncodedOrigin, target, targetHeight));
                }
                catch (InvalidDataException ex)
                {
                    diagnostics.Error(DiagnosticCodes.ImageUnreadable, new SourceLocation(path), $"the image cannot be decoded: {ex.Message}",
                        "open it in an image editor and save it again as JPEG or PNG");
                    return null;
                }

                if (encoded.Length >= bytes.Length)
                {
                    continue;
                }

                var name = EditorImage.VariantName(fileName, target);
                variants.Add(new ImageVariant(target, targetHeight, name));
                files[name] = encoded;
            }
        }
        finally
        {
            decoded?.Dispose();
        }

        return (new EditorImage(path, width, height, variants), files);
    }

    private static SKBitmap Decode(SKCodec codec)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            throw new InvalidDataException($"the decoder said {result}");
        }

        return bitmap;
    }

    private static byte[] Encode(SKBitmap source, SKEncodedOrigin origin, int width, int height)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        canvas.Save();
        Orient(canvas, origin, width, height);
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var destination = turned ? new SKRect(0, 0, height, width) : new SKRect(0, 0, width, height);
        using var image = SKImage.FromBitmap(source);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, destination, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        canvas.Restore();
        using var snapshot = surface.Snapshot();
        using var pixels = snapshot.PeekPixels();
        using var webp = pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, Quality));
        return webp?.ToArray() ?? throw new InvalidDataException("the WebP encoder gave nothing");
    }

    // EXIF orientation: the transform that shows the stored pixels upright in a width×height target.
    private static void Orient(SKCanvas canvas, SKEncodedOrigin origin, int width, int height)
    {
        switch (origin)
        {
            case SKEncodedOrigin.TopRight:
                canvas.Translate(width, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight:
                canvas.Translate(width, height);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft:
                canvas.Translate(0, height);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop:
                canvas.RotateDegrees(90);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom:
                canvas.Translate(width, height);
                canvas.RotateDegrees(90);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, height);
                canvas.RotateDegrees(-90);
                break;
        }
    }
}
