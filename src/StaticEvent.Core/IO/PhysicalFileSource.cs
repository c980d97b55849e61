namespace StaticEvent.IO;

/// <summary>
/// Files of a site folder on disk. Every path is resolved and checked to stay inside the root,
/// and links that lead outside it are neither listed nor read.
/// </summary>
public sealed class PhysicalFileSource : IFileSource
{
    private readonly string _root;

    public PhysicalFileSource(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _root = Path.GetFullPath(root);
    }

    public string Root => _root;

    public IReadOnlyList<string> ListFiles(string directory)
    {
        var full = Resolve(directory);
        if (full is null || !Directory.Exists(full))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var files = new List<string>();
        foreach (var path in Directory.EnumerateFiles(full, "*", options))
        {
            if (IsInsideRoot(path))
            {
                files.Add(Path.GetRelativePath(_root, path).Replace('\\', '/'));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public bool FileExists(string path)
    {
        var full = Resolve(path);
        return full is not null && File.Exists(full) && IsInsideRoot(full);
    }

    public byte[] ReadAllBytes(string path)
    {
        var full = Resolve(path) ?? throw new FileNotFoundException($"'{path}' is outside the site folder.");
        if (!IsInsideRoot(full))
        {
            throw new FileNotFoundException($"'{path}' leads outside the site folder.");
        }

        return File.ReadAllBytes(full);
    }

    private string? Resolve(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return IsUnder(full, _root) ? full : null;
    }

    // A link anywhere on the way (file or folder) may lead outside: resolve each one.
    private bool IsInsideRoot(string fullPath)
    {
        var current = fullPath;
        while (current.Length > _root.Length)
        {
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !IsUnder(Path.GetFullPath(target.FullName), _root))
                {
                    return false;
                }
            }

            current = Path.GetDirectoryName(current) ?? string.Empty;
        }

        return true;
    }

    private static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
