using System.Collections.Concurrent;
using System.Security.Cryptography;
using StaticEvent.Configuration;
using StaticEvent.IO;

namespace StaticEvent.Rendering;

/// <summary>
/// The static files copied to the output: the theme's <c>static/</c>, then the site's
/// <c>static/</c>, which wins on the same name. Knows each file's fingerprint for cache busting.
/// </summary>
public sealed class StaticAssets
{
    private readonly IFileSource _source;
    private readonly ConcurrentDictionary<string, string> _fingerprints = new(StringComparer.Ordinal);

    public StaticAssets(IFileSource source, SiteConfig config)
    {
        _source = source;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in new[] { $"themes/{config.Theme}/static", "static" })
        {
            foreach (var path in source.ListFiles(root))
            {
                files[path[(root.Length + 1)..]] = path;
            }
        }

        Files = files;
    }

    /// <summary>Output path (relative to the output root) to source path.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>The first 10 hex digits of the SHA-256 of the file's bytes, or null when there is no such file.</summary>
    public string? Fingerprint(string outputPath) =>
        Files.TryGetValue(outputPath, out var source)
            ? _fingerprints.GetOrAdd(outputPath, _ => Convert.ToHexStringLower(SHA256.HashData(_source.ReadAllBytes(source)))[..10])
            : null;
}
