using System.Security.Cryptography;

namespace StaticEvent.Tests.Hostile;

/// <summary>
/// Every entry below a folder — files with their SHA-256, folders, and links with their target
/// (never followed) — so a test can prove that a build changed nothing it must not touch.
/// </summary>
public sealed class TreeSnapshot
{
    private readonly SortedDictionary<string, string> _entries;

    private TreeSnapshot(SortedDictionary<string, string> entries)
    {
        _entries = entries;
    }

    public IReadOnlyDictionary<string, string> Entries => _entries;

    /// <summary>Takes a snapshot of <paramref name="root"/>, leaving out the folders in <paramref name="excluded"/> and what they hold.</summary>
    public static TreeSnapshot Take(string root, params string[] excluded)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var skip = excluded.Select(e => Path.TrimEndingDirectorySeparator(Path.GetFullPath(e))).ToHashSet(StringComparer.Ordinal);
        Walk(Path.GetFullPath(root));
        return new TreeSnapshot(entries);

        void Walk(string folder)
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (skip.Contains(entry.FullName))
                {
                    continue;
                }

                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if (entry.LinkTarget is { } target)
                {
                    entries[relative] = "link -> " + target;
                }
                else if (entry is DirectoryInfo directory)
                {
                    entries[relative + "/"] = "folder";
                    Walk(directory.FullName);
                }
                else
                {
                    entries[relative] = Fingerprint((FileInfo)entry);
                }
            }
        }
    }

    // Named pipes report no size and would block a read; huge sparse files would take seconds to hash.
    private static string Fingerprint(FileInfo file) => file.Length switch
    {
        0 => "empty or not a regular file",
        > 64L * 1024 * 1024 => $"{file.Length} bytes, written {file.LastWriteTimeUtc:O}",
        _ => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file.FullName))),
    };

    /// <summary>What differs from <paramref name="before"/>: added, removed and changed entries, one a line.</summary>
    public IReadOnlyList<string> Differences(TreeSnapshot before)
    {
        var differences = new List<string>();
        foreach (var (path, value) in before._entries)
        {
            if (!_entries.TryGetValue(path, out var now))
            {
                differences.Add($"removed {path}");
            }
            else if (now != value)
            {
                differences.Add($"changed {path}");
            }
        }

        differences.AddRange(_entries.Keys.Where(p => !before._entries.ContainsKey(p)).Select(p => $"added {p}"));
        return differences;
    }
}
