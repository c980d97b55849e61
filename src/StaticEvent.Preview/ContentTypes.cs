using Microsoft.AspNetCore.StaticFiles;

namespace StaticEvent.Preview;

/// <summary>
/// The Content-Type of each output file, from its extension, with <c>charset=utf-8</c> on text
/// (every file StaticEvent writes is UTF-8). Unknown extensions are served as bytes.
/// </summary>
internal static class ContentTypes
{
    private const string Fallback = "application/octet-stream";

    private static readonly FileExtensionContentTypeProvider Provider = Create();

    /// <summary><c>fr/index.html</c> → <c>text/html; charset=utf-8</c>.</summary>
    public static string For(string path)
    {
        if (!Provider.TryGetContentType(path, out var type))
        {
            return Fallback;
        }

        return IsText(type) ? type + "; charset=utf-8" : type;
    }

    /// <summary>Whether the file at <paramref name="path"/> is an HTML page (where the live-reload script goes).</summary>
    public static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal)
        || type is "application/javascript" or "application/json" or "application/xml" or "application/atom+xml"
            or "application/rss+xml" or "application/manifest+json" or "application/ld+json" or "image/svg+xml";

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".ics"] = "text/calendar";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".atom"] = "application/atom+xml";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".json"] = "application/json";
        return provider;
    }
}
