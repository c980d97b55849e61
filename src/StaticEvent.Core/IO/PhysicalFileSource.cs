using System.Collections.Concurrent;

namespace StaticEvent.IO;

/// <summary>
/// Files of a site folder on disk. Every path is resolved — each symbolic link on the way, like
/// realpath(3) — and must stay inside the root. A link that leads outside the root, to nothing,
/// or in a circle is neither listed nor read; <see cref="ListRefused"/> names it so the build can
/// report it. Links inside the root are followed, a folder link at most once per listing.
/// </summary>
public sealed class PhysicalFileSource : IFileSource
{
    private const int MaxLinkHops = 40;

    private readonly string _root;
    private readonly string _realRoot;

    // The real folder behind each folder the last listing walked, by its path as listed: a file of
    // a listed folder is then found with one lstat instead of a readlink for every folder from
    // the file up to /. A new listing of a folder replaces what an older one saw below it.
    private readonly ConcurrentDictionary<string, string> _realFolders = new(StringComparer.Ordinal);

    public PhysicalFileSource(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _realRoot = RealPath(_root) ?? _root;
    }

    public string Root => _root;

    public IReadOnlyList<string> ListFiles(string directory) => Walk(directory).Files;

    public IReadOnlyList<RefusedEntry> ListRefused(string directory) => Walk(directory).Refused;

    public (IReadOnlyList<string> Files, IReadOnlyList<RefusedEntry> Refused) List(string directory) => Walk(directory);

    public bool FileExists(string path) => ResolveReal(path) is { Exists: true };

    public byte[] ReadAllBytes(string path) => ReadAtMost(path, long.MaxValue, out _)!;

    public long Length(string path) => Real(path).Length;

    public byte[]? ReadAtMost(string path, long maxBytes, out long length)
    {
        var real = Real(path);
        length = real.Length;
        if (length > maxBytes)
        {
            return null;
        }

        // Named pipes and devices report no size, and opening one can block forever or never end:
        // a file that claims to be empty is read as empty without being opened.
        return length == 0 ? [] : File.ReadAllBytes(real.FullName);
    }

    private FileInfo Real(string path) =>
        ResolveReal(path) ?? throw new FileNotFoundException($"'{path}' leads outside the site folder, or in a circle.");

    /// <summary>
    /// The real path of every link on the way to <paramref name="path"/> resolved, or null when a
    /// link loops or goes too deep. Components that do not exist are kept as they are.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        return RealPath(Path.GetPathRoot(full)!, Components(full));
    }

    // Resolves the links of each of <paramref name="components"/> in turn, from a folder known to be real.
    private static string? RealPath(string start, IEnumerable<string> components)
    {
        var current = start;
        var pending = new Stack<string>(components.Reverse());
        var hops = 0;
        while (pending.TryPop(out var name))
        {
            if (name == ".")
            {
                continue;
            }

            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, name);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
                return null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
            }

            foreach (var part in Components(target).Reverse())
            {
                pending.Push(part);
            }
        }

        return current;
    }

    private static string[] Components(string path) =>
        path[Path.GetPathRoot(path)!.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private (List<string> Files, List<RefusedEntry> Refused) Walk(string directory)
    {
        var files = new List<string>();
        var refused = new List<RefusedEntry>();
        var start = Resolve(directory);
        if (start is null || !Directory.Exists(start))
        {
            return (files, refused);
        }

        var startReal = RealPath(start);
        if (startReal is null || !IsUnder(startReal, _realRoot))
        {
            refused.Add(new RefusedEntry(Relative(start), startReal is null ? "leads in a circle" : "leads outside the site folder"));
            return (files, refused);
        }

        foreach (var listed in _realFolders.Keys)
        {
            if (IsUnder(listed, start))
            {
                _realFolders.TryRemove(listed, out _);
            }
        }

        var linkedFolders = new HashSet<string>(StringComparer.Ordinal);
        Visit(start, startReal);
        files.Sort(StringComparer.Ordinal);
        refused.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return (files, refused);

        // listed: the path as the site sees it; real: where it really is, to find circles.
        void Visit(string listed, string real)
        {
            _realFolders[listed] = real;
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(listed).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception ex) when (IoFailure.IsIo(ex))
            {
                // Leaving its files out without a word would publish a site with a part missing.
                refused.Add(new RefusedEntry(Relative(listed), IoFailure.Why(ex), Unreadable: true));
                return;
            }

            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = Path.Combine(listed, entry.Name);
                if (!entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || entry.LinkTarget is null)
                {
                    if (entry is DirectoryInfo)
                    {
                        Visit(path, Path.Combine(real, entry.Name));
                    }
                    else
                    {
                        files.Add(Relative(path));
                    }

                    continue;
                }

                // A folder is entered through links once at most: links between folders could
                // otherwise make the listing grow exponentially without ever forming a circle.
                var target = RealPath(path);
                var isFolder = target is not null && Directory.Exists(target);
                var problem = target switch
                {
                    null => "leads in a circle",
                    _ when !isFolder && !File.Exists(target) => "leads to nothing (its target does not exist)",
                    _ when !IsUnder(target, _realRoot) => "leads outside the site folder",
                    _ when isFolder && IsUnder(real, target) => "leads in a circle (to a folder that holds it)",
                    _ when isFolder && linkedFolders.Contains(target) => "leads to a folder another link already leads to",
                    _ => null,
                };
                if (problem is not null)
                {
                    refused.Add(new RefusedEntry(Relative(path), problem));
                }
                else if (isFolder)
                {
                    linkedFolders.Add(target!);
                    Visit(path, target!);
                }
                else
                {
                    files.Add(Relative(path));
                }
            }
        }
    }

    private string Relative(string full) => Path.GetRelativePath(_root, full).Replace('\\', '/');

    // Lexically inside the root, then really inside it once every link on the way is resolved.
    // The file's status is read once here and kept by the FileInfo (size, existence).
    private FileInfo? ResolveReal(string relative)
    {
        if (Resolve(relative) is not { } full)
        {
            return null;
        }

        var slash = full.LastIndexOf(Path.DirectorySeparatorChar);
        if (slash > 0 && _realFolders.TryGetValue(full[..slash], out var folder))
        {
            var candidate = new FileInfo(Path.Join(folder, full.AsSpan(slash + 1)));
            if (candidate.Exists && !candidate.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                return candidate;
            }
        }

        var real = full == _root ? _realRoot : RealPath(_realRoot, Components(full[(_root.Length + 1)..]));
        return real is not null && IsUnder(real, _realRoot) ? new FileInfo(real) : null;
    }

    private string? Resolve(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return IsUnder(full, _root) ? full : null;
    }

    private static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The stamp of the file the path leads to (a link's target, as .NET reports it), checked
    /// lexically only: it is one stat per file for a rebuild's 10,000 unchanged files, and it
    /// gives no access, since the file is read through <see cref="ReadAllBytes"/> and its checks.
    /// </summary>
    public FileStamp? Stamp(string path)
    {
        if (Resolve(path) is not { } full)
        {
            return null;
        }

        var info = new FileInfo(full);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
    }
}
