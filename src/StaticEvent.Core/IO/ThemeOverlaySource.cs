using StaticEvent.Themes;

namespace StaticEvent.IO;

/// <summary>
/// A site's files with the built-in theme beneath them: a path under <c>themes/default/</c> that
/// the site does not have is served from the tool, so the site overrides the theme file by file
/// (and a site with no <c>themes/default/</c> at all uses the built-in theme as it is).
/// </summary>
internal sealed class ThemeOverlaySource : IFileSource
{
    private const string Prefix = BuiltInTheme.Root + "/";
    private readonly IFileSource _site;

    public ThemeOverlaySource(IFileSource site) => _site = site;

    /// <summary>The site's own files, without the theme beneath (for callers that must not see the built-in files).</summary>
    public IFileSource Site => _site;

    /// <summary>Wraps a source once; a source that already has the overlay is returned as it is.</summary>
    public static IFileSource Over(IFileSource source) => source is ThemeOverlaySource ? source : new ThemeOverlaySource(source);

    public IReadOnlyList<string> ListFiles(string directory) => List(directory).Files;

    public IReadOnlyList<RefusedEntry> ListRefused(string directory) => _site.ListRefused(directory);

    public (IReadOnlyList<string> Files, IReadOnlyList<RefusedEntry> Refused) List(string directory)
    {
        var listing = _site.List(directory);
        var folder = directory.Replace('\\', '/').Trim('/');
        var scope = folder.Length == 0 ? string.Empty : folder + "/";
        if (!(Prefix.StartsWith(scope, StringComparison.Ordinal) || scope.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            return listing;
        }

        var own = new HashSet<string>(listing.Files, StringComparer.Ordinal);
        var builtIn = BuiltInTheme.Files.Keys.Select(p => Prefix + p).Where(p => p.StartsWith(scope, StringComparison.Ordinal) && !own.Contains(p));
        var files = listing.Files.Concat(builtIn).Order(StringComparer.Ordinal).ToList();
        return (files, listing.Refused);
    }

    public bool FileExists(string path) => _site.FileExists(path) || BuiltIn(path) is not null;

    public byte[] ReadAllBytes(string path) => _site.FileExists(path) || BuiltIn(path) is not { } bytes ? _site.ReadAllBytes(path) : bytes;

    public long Length(string path) => _site.FileExists(path) || BuiltIn(path) is not { } bytes ? _site.Length(path) : bytes.LongLength;

    public byte[]? ReadAtMost(string path, long maxBytes, out long length)
    {
        if (_site.FileExists(path) || BuiltIn(path) is not { } bytes)
        {
            return _site.ReadAtMost(path, maxBytes, out length);
        }

        length = bytes.LongLength;
        return length > maxBytes ? null : bytes;
    }

    public FileStamp? Stamp(string path) =>
        _site.FileExists(path) || BuiltIn(path) is not { } bytes ? _site.Stamp(path) : new FileStamp(bytes.LongLength, BuiltInTheme.Stamp);

    private static byte[]? BuiltIn(string path)
    {
        var normalized = path.Replace('\\', '/').TrimStart('/');
        return normalized.StartsWith(Prefix, StringComparison.Ordinal) && BuiltInTheme.Files.TryGetValue(normalized[Prefix.Length..], out var bytes) ? bytes : null;
    }
}
