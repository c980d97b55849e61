using System.Collections.Frozen;
using System.Reflection;

namespace StaticEvent.Themes;

/// <summary>
/// The default theme, shipped inside the tool as embedded resources (built from the repository's
/// <c>themes/default/</c>), so a new site needs no copy of it. Files are read once per process.
/// </summary>
internal static class BuiltInTheme
{
    /// <summary>The theme name that resolves to the built-in theme when the site has no such folder.</summary>
    public const string Name = "default";

    /// <summary>Where the built-in files appear in a site: <c>themes/default/</c>.</summary>
    public const string Root = "themes/" + Name;

    private const string ResourcePrefix = "theme/";

    private static readonly Lazy<FrozenDictionary<string, byte[]>> Contents = new(Load);

    /// <summary>Theme-relative path (<c>layouts/base.sbn</c>) to bytes, in ordinal order of the paths.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files => Contents.Value;

    /// <summary>When the tool was built: the write time the built-in files report to caches.</summary>
    public static DateTime Stamp { get; } = File.GetLastWriteTimeUtc(typeof(BuiltInTheme).Assembly.Location is { Length: > 0 } location ? location : AppContext.BaseDirectory);

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(BuiltInTheme).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            // MSBuild's RecursiveDir uses the build machine's separator.
            files[name[ResourcePrefix.Length..].Replace('\\', '/')] = copy.ToArray();
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
