namespace StaticEvent.Preview;

/// <summary>
/// Decides what each open page does after a good build: apply new stylesheets in place (when only
/// CSS changed), reload (when its own file, the file a path resolves to, or a shared asset
/// changed), or nothing.
/// </summary>
internal static partial class ChangeClassifier
{
    private static readonly HashSet<string> PageAssetExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".css", ".js", ".mjs", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico", ".woff", ".woff2", ".ttf", ".otf",
    };

    // The theme's {{ asset }} function puts the first 10 hex digits of the file's SHA-256 before
    // the extension: /css/site.3f2a9c01be.css.
    private static readonly byte[] CssExtension = ".css"u8.ToArray();
    private const int FingerprintLength = 10;

    /// <summary>
    /// The stylesheets that changed when nothing else did (pages that differ only in the
    /// fingerprint of a stylesheet URL count as unchanged), or null when more than style changed.
    /// </summary>
    public static IReadOnlyList<string>? StyleOnlyChanges(PreviewState previous, PreviewState current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var changed = current.ChangedFiles;
        // A stylesheet's fingerprinted copy is a new file each time it changes: the new one is sent
        // (the old is gone), or the plain name for a stylesheet that has no fingerprinted copy.
        var styles = changed.Where(p => IsStylesheet(p) && current.Files.ContainsKey(p))
            .GroupBy(p => Fingerprinted().Replace(p, "$1"), StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(p => p.Length).First())
            .Order(StringComparer.Ordinal).ToList();
        if (styles.Count == 0 || previous.Version == 0)
        {
            return null;
        }

        foreach (var path in changed)
        {
            if (IsStylesheet(path))
            {
                continue;
            }

            if (!previous.Files.TryGetValue(path, out var before) || !current.Files.TryGetValue(path, out var after))
            {
                return null; // added or removed: the pages' links change
            }

            if (!ContentTypes.IsHtml(path) || !DiffersOnlyInStylesheetFingerprints(before, after))
            {
                return null;
            }
        }

        return styles;
    }

    /// <summary>Whether a page open at <paramref name="path"/> must reload after the build that made <paramref name="current"/>.</summary>
    public static bool MustReload(string path, PreviewState previous, PreviewState current, bool sharedAssetChanged)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (sharedAssetChanged)
        {
            return true;
        }

        var before = ResolvedPath.Resolve(previous, path);
        var after = ResolvedPath.Resolve(current, path);
        return before != after || (after.FileKey is not null && current.ChangedFiles.Contains(after.FileKey));
    }

    /// <summary>Whether a changed file can change how every page looks or behaves (stylesheets, scripts, images, fonts).</summary>
    public static bool IsPageAsset(string path) => PageAssetExtensions.Contains(Path.GetExtension(path));

    /// <summary>
    /// True when two pages of the same length differ only inside the 10 hex digits between a dot
    /// and <c>.css</c>: a stylesheet's new fingerprint, which a live stylesheet swap covers.
    /// </summary>
    public static bool DiffersOnlyInStylesheetFingerprints(ReadOnlySpan<byte> before, ReadOnlySpan<byte> after)
    {
        if (before.Length != after.Length)
        {
            return false;
        }

        var offset = 0;
        while (true)
        {
            var common = before[offset..].CommonPrefixLength(after[offset..]);
            var at = offset + common;
            if (at == before.Length)
            {
                return true;
            }

            var start = FingerprintStart(before, at);
            if (start < 0 || !IsHex(after.Slice(start, FingerprintLength)))
            {
                return false;
            }

            offset = start + FingerprintLength;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\.[0-9a-f]{10}(\.css)$")]
    private static partial System.Text.RegularExpressions.Regex Fingerprinted();

    private static bool IsStylesheet(string path) => path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);

    // The start of the fingerprint that covers position `at`, or -1.
    private static int FingerprintStart(ReadOnlySpan<byte> html, int at)
    {
        for (var start = Math.Max(1, at - FingerprintLength + 1); start <= at; start++)
        {
            if (start + FingerprintLength + CssExtension.Length <= html.Length
                && html[start - 1] == (byte)'.'
                && html.Slice(start + FingerprintLength, CssExtension.Length).SequenceEqual(CssExtension)
                && IsHex(html.Slice(start, FingerprintLength)))
            {
                return start;
            }
        }

        return -1;
    }

    private static bool IsHex(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is not ((>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f')))
            {
                return false;
            }
        }

        return true;
    }
}
