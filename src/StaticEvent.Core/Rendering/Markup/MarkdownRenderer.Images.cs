using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticEvent.Diagnostics;
using StaticEvent.Model;

namespace StaticEvent.Rendering.Markup;

/// <summary>Images in page bodies: their measured size and variants, and a warning when one has no text alternative.</summary>
internal sealed partial class MarkdownRenderer
{
    /// <summary>
    /// The <c>sizes</c> of a body image: the full width on a phone, the text column (about 48rem)
    /// beyond; the browser picks the narrowest variant that covers it.
    /// </summary>
    public const string BodyImageSizes = "(max-width: 48rem) 100vw, 48rem";

    private void DescribeImage(LinkInline image, Page page, string sourceDirectory, DiagnosticBag diagnostics)
    {
        var url = image.Url ?? string.Empty;
        var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
        if (alt.Length == 0)
        {
            diagnostics.Warning(DiagnosticCodes.ImageMissingAlt, new SourceLocation(page.SourcePath, page.Source!.BodyLine + image.Line, image.Column + 1),
                $"the image '{url}' has no text alternative in '{page.Language!.Code}'; readers who cannot see it are told nothing",
                "describe what it shows between the brackets: ![The main hall on the opening day](hall.jpg)");
        }

        if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || LinkScheme.Of(url) is not null)
        {
            return;
        }

        var cut = url.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(cut < 0 ? url : url[..cut]);
        var source = path.StartsWith('/') ? StaticSource(path.TrimStart('/')) : Combine(sourceDirectory, path);
        if (source is null || _site.Media.Image(source) is not { } measured)
        {
            return;
        }

        var attributes = image.GetAttributes();
        attributes.AddPropertyIfNotExist("width", measured.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        attributes.AddPropertyIfNotExist("height", measured.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var printed = path.StartsWith('/') ? _urls.BasePath + path.TrimStart('/') : path;
        if (measured.SrcSet(printed) is { Length: > 0 } srcset)
        {
            attributes.AddPropertyIfNotExist("srcset", srcset);
            attributes.AddPropertyIfNotExist("sizes", BodyImageSizes);
        }

        attributes.AddPropertyIfNotExist("loading", "lazy");
        attributes.AddPropertyIfNotExist("decoding", "async");
    }

    private string? StaticSource(string relative) =>
        new[] { "static/", $"themes/{_site.Config.Theme}/static/" }.Select(root => root + relative).FirstOrDefault(p => _site.Media.Image(p) is not null);
}
