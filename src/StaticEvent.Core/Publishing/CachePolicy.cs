using System.Security.Cryptography;
using StaticEvent.Configuration;

namespace StaticEvent.Publishing;

/// <summary>
/// Which Cache-Control a file gets: fingerprinted assets (<c>css/site.8a2115311e.css</c>, see
/// <see cref="Rendering.StaticAssets"/>) are cached forever, since a changed file is a new name;
/// everything else, pages first, briefly, so that a correction reaches visitors within minutes.
/// </summary>
internal static class CachePolicy
{
    /// <summary>The fingerprint in a file name, or null: <c>css/site.8a2115311e.css</c> → <c>8a2115311e</c>.</summary>
    public static string? FingerprintIn(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path[(path.LastIndexOf('/') + 1)..];
        var last = name.LastIndexOf('.');
        if (last <= 0)
        {
            return null;
        }

        var previous = name.LastIndexOf('.', last - 1);
        // css/site.8a2115311e.css, or a file without extension: LICENSE.8a2115311e.
        var (start, end) = previous >= 0 ? (previous + 1, last) : (last + 1, name.Length);
        var candidate = name[start..end];
        return candidate.Length == 10 && candidate.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f') ? candidate : null;
    }

    /// <summary>
    /// True when the name carries a fingerprint that is the start of the SHA-256 of
    /// <paramref name="bytes"/>, as the build writes it: a name that only looks like one is not.
    /// </summary>
    public static bool IsFingerprinted(string path, ReadOnlySpan<byte> bytes) =>
        FingerprintIn(path) is { } fingerprint && Convert.ToHexStringLower(SHA256.HashData(bytes)).StartsWith(fingerprint, StringComparison.Ordinal);

    /// <summary>The Cache-Control header of <paramref name="path"/>.</summary>
    public static string For(string path, ReadOnlySpan<byte> bytes, HostingConfig hosting)
    {
        ArgumentNullException.ThrowIfNull(hosting);
        return IsFingerprinted(path, bytes) ? hosting.AssetCacheControl : hosting.PageCacheControl;
    }
}
