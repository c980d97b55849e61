using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Model;
using StaticEvent.Yaml;
using StaticEvent.Text;

namespace StaticEvent.Parsing;

/// <summary>Maps a front matter tree to <see cref="FrontMatter"/>, reporting every wrong value.</summary>
internal static class FrontMatterReader
{
    private static readonly string[] KnownKeys =
    [
        "title", "description", "date", "updated", "slug", "summary", "tags", "author", "image", "imageAlt",
        "draft", "weight", "layout", "aliases", "translationKey",
    ];

    public static FrontMatter? Read(DataNode? root, int line, string path, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (root is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingRequired, new SourceLocation(path, line, 1), "the front matter is empty; 'title' is required",
                "add a line 'title: …' between the --- lines");
            return null;
        }

        var reader = MapReader.For(root, "front matter", path, diagnostics);
        if (reader is null)
        {
            return null;
        }

        var title = reader.String("title", required: true);
        var slug = reader.String("slug");
        if (slug is not null && !UrlSegment.IsValid(slug))
        {
            diagnostics.Error(DiagnosticCodes.InvalidSlug, reader.LocationOf(reader.Map["slug"]!),
                $"the slug '{slug}' cannot be used in a URL", "use lowercase letters, digits and hyphens, with no '/', '..' or spaces");
            slug = null;
        }

        var layout = reader.String("layout");
        var layoutNode = reader.Map["layout"];
        if (layout is not null && !layout.Split('/').All(UrlSegment.IsValid))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, reader.LocationOf(layoutNode!),
                $"'{layout}' is not a layout name", "write the name of a file in layouts/ without .sbn, e.g. article or news/list, with no '..', '\\' or leading '/'");
            layout = null;
        }

        var tags = Tags(reader);
        var frontMatter = new FrontMatter
        {
            Title = title ?? string.Empty,
            Description = reader.String("description"),
            Date = reader.Date("date", config.TimeZone),
            Updated = reader.Date("updated", config.TimeZone),
            Slug = slug,
            Summary = reader.String("summary"),
            Tags = tags.Select(t => t.Value.Trim()).ToList(),
            TagPositions = tags.Select(t => (t.Line, t.Column)).ToList(),
            Author = reader.String("author"),
            Image = reader.String("image"),
            ImageAlt = reader.String("imageAlt"),
            Draft = reader.Bool("draft") ?? false,
            Weight = reader.Int("weight") ?? 0,
            Layout = layout,
            LayoutPosition = layoutNode is null ? default : (layoutNode.Line, layoutNode.Column),
            Aliases = reader.ScalarList("aliases"),
            TranslationKey = reader.String("translationKey"),
            Params = reader.Map.Entries.Where(e => !KnownKeys.Contains(e.Key.Value)).ToList(),
            Line = line,
        };

        reader.ReportLikelyTypos("front matter", KnownKeys, "page.params");
        if (frontMatter.Image is not null && string.IsNullOrWhiteSpace(frontMatter.ImageAlt))
        {
            diagnostics.Error(DiagnosticCodes.MissingRequired, reader.LocationOfKey("image"), "'image' needs an 'imageAlt' text for readers who cannot see it",
                "add 'imageAlt: …' describing the picture");
        }

        return title is null ? null : frontMatter;
    }

    // Trimmed, without empty ones, each text once (the first place it is written).
    private static List<DataScalar> Tags(MapReader reader) =>
        reader.ScalarList("tags").Where(t => t.Value.Trim().Length > 0).DistinctBy(t => t.Value.Trim(), StringComparer.Ordinal).ToList();
}
