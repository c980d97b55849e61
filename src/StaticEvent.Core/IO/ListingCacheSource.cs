using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Text;

namespace StaticEvent.IO;

/// <summary>
/// A site folder on disk whose listings are kept between builds (the preview): listing the
/// 10,000 files of a large site takes longer than the rest of a rebuild. A listing is reused while
/// every folder below it has the write time it had (a folder's write time changes when an entry
/// is added, removed or renamed in it). Folders that hold symbolic links, or whose write time is
/// too recent to be trusted (see <see cref="Parsing.ParseCache.StampStep"/>), are listed every time.
/// </summary>
internal sealed class ListingCacheSource : IFileSource
{
    private readonly PhysicalFileSource _inner;
    private readonly ConcurrentDictionary<string, (string Stamp, (IReadOnlyList<string> Files, IReadOnlyList<RefusedEntry> Refused) Listing)> _listings = new(StringComparer.Ordinal);

    public ListingCacheSource(PhysicalFileSource inner) => _inner = inner;

    public IReadOnlyList<string> ListFiles(string directory) => List(directory).Files;

    public IReadOnlyList<RefusedEntry> ListRefused(string directory) => List(directory).Refused;

    public bool FileExists(string path) => _inner.FileExists(path);

    public byte[] ReadAllBytes(string path) => _inner.ReadAllBytes(path);

    public long Length(string path) => _inner.Length(path);

    public byte[]? ReadAtMost(string path, long maxBytes, out long length) => _inner.ReadAtMost(path, maxBytes, out length);

    public FileStamp? Stamp(string path) => _inner.Stamp(path);

    /// <summary>Files and refused links of one walk, reused while the folders' times are unchanged.</summary>
    public (IReadOnlyList<string> Files, IReadOnlyList<RefusedEntry> Refused) List(string directory)
    {
        // The stamp is taken before listing: a change during the listing then changes it for next time.
        var stamp = TreeStamp(directory);
        if (stamp is not null && _listings.TryGetValue(directory, out var cached) && cached.Stamp == stamp)
        {
            return cached.Listing;
        }

        var fresh = _inner.List(directory);
        if (stamp is null || HasLinks(directory))
        {
            _listings.TryRemove(directory, out _);
        }
        else
        {
            _listings[directory] = (stamp, fresh);
        }

        return fresh;
    }

    /// <summary>
    /// Every folder below <paramref name="directory"/> with its write time, or null when a listing
    /// cannot be trusted to that. Reads only folders' times, a few milliseconds for 10,000 files.
    /// </summary>
    private string? TreeStamp(string directory)
    {
        if (Full(directory) is not { } full)
        {
            return null;
        }

        var settled = DateTime.UtcNow - Parsing.ParseCache.StampStep;
        var text = new StringBuilder(PhysicalFileSource.RealPath(full)).Append('|').Append(Directory.GetLastWriteTimeUtc(full).Ticks);
        var folders = new FileSystemEnumerable<(string Path, DateTime Written)>(full, (ref entry) => (entry.ToFullPath(), entry.LastWriteTimeUtc.UtcDateTime), Options)
        {
            ShouldIncludePredicate = (ref entry) => entry.IsDirectory,
        };
        try
        {
            foreach (var (path, written) in folders)
            {
                if (written > settled)
                {
                    return null;
                }

                text.Append('\n').Append(path).Append('|').Append(written.Ticks);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return Directory.GetLastWriteTimeUtc(full) > settled ? null : text.ToString();
    }

    /// <summary>
    /// Whether a symbolic link is below <paramref name="directory"/>: whether it is listed depends on
    /// its target, not on folder times. Checked once per listing kept (it reads every entry's
    /// attributes); a link made later changes its folder's time, so the listing is not reused then.
    /// </summary>
    private bool HasLinks(string directory)
    {
        if (Full(directory) is not { } full)
        {
            return true;
        }

        try
        {
            return new FileSystemEnumerable<bool>(full, (ref entry) => true, Options)
            {
                ShouldIncludePredicate = (ref entry) => entry.Attributes.HasFlag(FileAttributes.ReparsePoint),
            }.Any();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static readonly EnumerationOptions Options = new() { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>The folder on disk, or null when it is outside the site, missing, or itself a link.</summary>
    private string? Full(string directory)
    {
        var full = Path.GetFullPath(Path.Combine(_inner.Root, directory));
        var inside = full == _inner.Root || full.StartsWith(_inner.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && Directory.Exists(full) && new DirectoryInfo(full).LinkTarget is null ? full : null;
    }
}
