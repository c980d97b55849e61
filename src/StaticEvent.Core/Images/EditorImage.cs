namespace StaticEvent.Images;

/// <summary>A smaller copy of an editor's image, written beside it as <c>name-480w.webp</c>.</summary>
internal sealed record ImageVariant(int Width, int Height, string FileName);

/// <summary>
/// An editor's image (a page bundle's file, a hero, a speaker's photo) as the build measured it:
/// its displayed size (EXIF orientation applied) and the WebP variants made of it, narrowest first.
/// </summary>
internal sealed record EditorImage(string Source, int Width, int Height, IReadOnlyList<ImageVariant> Variants)
{
    /// <summary>
    /// The <c>srcset</c> for the image printed at <paramref name="url"/>: each variant beside it,
    /// then the original at its own width; empty when there is no variant.
    /// </summary>
    public string SrcSet(string url)
    {
        if (Variants.Count == 0)
        {
            return string.Empty;
        }

        var folder = url[..(url.LastIndexOf('/') + 1)];
        return string.Join(", ", Variants.Select(v => $"{folder}{Uri.EscapeDataString(v.FileName)} {v.Width}w").Append($"{url} {Width}w"));
    }

    /// <summary><c>photo.jpg</c> → <c>photo-480w.webp</c>.</summary>
    public static string VariantName(string fileName, int width)
    {
        var dot = fileName.LastIndexOf('.');
        return $"{(dot > 0 ? fileName[..dot] : fileName)}-{width}w.webp";
    }
}
