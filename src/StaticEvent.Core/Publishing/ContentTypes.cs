namespace StaticEvent.Publishing;

/// <summary>
/// The Content-Type of each output file, by its extension, with <c>charset=utf-8</c> on every text
/// type: a host's default (often none, or <c>application/octet-stream</c> for .ics) makes browsers
/// guess, and an Arabic page read as Latin-1 is unreadable.
/// </summary>
internal static class ContentTypes
{
    private const string Utf8 = "; charset=utf-8";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html" + Utf8,
        [".htm"] = "text/html" + Utf8,
        [".css"] = "text/css" + Utf8,
        [".js"] = "text/javascript" + Utf8,
        [".mjs"] = "text/javascript" + Utf8,
        [".json"] = "application/json" + Utf8,
        [".webmanifest"] = "application/manifest+json" + Utf8,
        [".xml"] = "application/xml" + Utf8,
        [".ics"] = "text/calendar" + Utf8,
        [".txt"] = "text/plain" + Utf8,
        [".md"] = "text/markdown" + Utf8,
        [".csv"] = "text/csv" + Utf8,
        [".svg"] = "image/svg+xml" + Utf8,
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".ttf"] = "font/ttf",
        [".otf"] = "font/otf",
        [".pdf"] = "application/pdf",
        [".zip"] = "application/zip",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
        [".mp3"] = "audio/mpeg",
        [".ogg"] = "audio/ogg",
        [".vtt"] = "text/vtt" + Utf8,
        [".wasm"] = "application/wasm",
    };

    /// <summary>Atom, the type of every feed the build writes (<c>fr/feed.xml</c>).</summary>
    public const string Atom = "application/atom+xml" + Utf8;

    /// <summary><c>fr/feed.xml</c> → <c>application/atom+xml; charset=utf-8</c>; unknown → <c>application/octet-stream</c>.</summary>
    public static string For(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (name is "feed.xml" or "atom.xml")
        {
            return Atom;
        }

        var dot = name.LastIndexOf('.');
        return dot >= 0 && ByExtension.TryGetValue(name[dot..], out var type) ? type : "application/octet-stream";
    }

    /// <summary>Whether a precompressed copy pays: text, not images or fonts that are compressed already.</summary>
    public static bool IsCompressible(string path)
    {
        var type = For(path);
        return type.EndsWith(Utf8, StringComparison.Ordinal) || type is "application/wasm" or "font/ttf" or "font/otf" or "image/x-icon";
    }

    /// <summary>The extensions with a known type, for host configurations (<c>.ics</c>, …).</summary>
    public static IReadOnlyDictionary<string, string> Known => ByExtension;
}
