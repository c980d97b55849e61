namespace StaticEvent.Output;

/// <summary>
/// The fallback for an output that cannot be swapped (a mount point such as a container volume,
/// or a folder whose parent may not be written): the staging folder sits inside the output, and
/// each staged file is renamed over its old version — one atomic step per file, so a reader or a
/// kill never sees half a file — then files the build no longer makes are removed. A kill in the
/// middle leaves a mix of whole old and whole new files, which the next build completes.
/// </summary>
internal static class InPlaceCommit
{
    public static void Apply(string staging, string output, Action<string> step)
    {
        var stagingName = Path.GetFileName(staging);
        // The marker stays as it is: it carries the lock other builds wait on.
        var wanted = new HashSet<string>(StringComparer.Ordinal) { StagedOutput.MarkerFile };
        foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(staging, file);
            wanted.Add(relative);
            var target = Path.Combine(output, relative);
            MakeRoomForFile(output, target);
            File.Move(file, target, overwrite: true);
        }

        step("new-moved");
        RemoveStale(output, output, wanted, stagingName);
        Directory.Delete(staging, recursive: true);
    }

    // Folders on the way must be folders, and the file's own place must not be a folder.
    private static void MakeRoomForFile(string output, string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        for (var current = folder; current.Length > output.Length; current = Path.GetDirectoryName(current)!)
        {
            if (File.Exists(current))
            {
                File.Delete(current);
            }
        }

        Directory.CreateDirectory(folder);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
    }

    private static void RemoveStale(string output, string folder, HashSet<string> wanted, string stagingName)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            var relative = Path.GetRelativePath(output, entry.FullName);
            if (folder == output && entry.Name == stagingName)
            {
                continue;
            }

            if (entry is DirectoryInfo directory && entry.LinkTarget is null)
            {
                RemoveStale(output, directory.FullName, wanted, stagingName);
                if (!directory.EnumerateFileSystemInfos().Any())
                {
                    directory.Delete();
                }
            }
            else if (!wanted.Contains(relative))
            {
                entry.Delete();
            }
        }
    }
}
