using System.Security.Cryptography;
using StaticEvent.Configuration;

namespace StaticEvent.Publishing;

/// <summary>
/// The files of a built output folder that a host must serve, each with its headers and hash.
/// Left out: what only configures a host (<c>.htaccess</c>, <c>_redirects</c>, <c>.staticevent/</c>,
/// the build's marker) and precompressed siblings (<c>.br</c>, <c>.gz</c>), which object storage
/// cannot choose between.
/// </summary>
internal static class OutputInventory
{
    /// <summary>Every file to publish, sorted by stage, then by path (ordinal).</summary>
    public static IReadOnlyList<PublishedFile> Scan(string outputDirectory, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var root = Path.GetFullPath(outputDirectory);
        var languages = config.Languages.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var files = new List<PublishedFile>();
        foreach (var full in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
            if (IsHostOnly(path) || IsCompressedSibling(path, root))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(full);
            var slash = path.IndexOf('/');
            var language = slash > 0 && languages.Contains(path[..slash]) ? path[..slash] : null;
            files.Add(new PublishedFile(
                path,
                full,
                bytes.Length,
#pragma warning disable CA5351 // S3 reports an object's MD5 as its ETag; comparing with it is how a deploy skips unchanged files.
                Convert.ToHexStringLower(MD5.HashData(bytes)),
#pragma warning restore CA5351
                ContentTypes.For(path),
                CachePolicy.For(path, bytes, config.Hosting),
                language,
                StageOf(path)));
        }

        return [.. files.OrderBy(f => f.Stage).ThenBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>When a file goes up: assets, then pages, then feeds, sitemap and exports.</summary>
    public static UploadStage StageOf(string path)
    {
        var type = ContentTypes.For(path);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            return UploadStage.Pages;
        }

        return type.StartsWith("application/xml", StringComparison.Ordinal) || type.StartsWith("application/atom+xml", StringComparison.Ordinal)
            || type.StartsWith("application/json", StringComparison.Ordinal) || type.StartsWith("text/calendar", StringComparison.Ordinal)
            || type.StartsWith("text/plain", StringComparison.Ordinal)
            ? UploadStage.Documents
            : UploadStage.Assets;
    }

    /// <summary>A file that configures a host rather than being served by it.</summary>
    public static bool IsHostOnly(string path) =>
        path.StartsWith('.') || path.Contains("/.", StringComparison.Ordinal) || path is HostFiles.NetlifyRedirects or HostFiles.NetlifyHeaders or HostFiles.GitHubCname;

    private static bool IsCompressedSibling(string path, string root) =>
        (path.EndsWith(".br", StringComparison.Ordinal) || path.EndsWith(".gz", StringComparison.Ordinal))
        && File.Exists(Path.Combine(root, path[..^3]));
}
