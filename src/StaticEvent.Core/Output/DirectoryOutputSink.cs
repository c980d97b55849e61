using StaticEvent.Model;

namespace StaticEvent.Output;

/// <summary>
/// Writes files below one folder. Every path is checked segment by segment before anything is
/// written, so no slug or alias can reach outside the folder, whatever it contains.
/// </summary>
public sealed class DirectoryOutputSink : IOutputSink
{
    private readonly string _root;
    private int _count;

    public DirectoryOutputSink(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public int FilesWritten => _count;

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var segments = path.Split('/');
        if (!segments.All(UrlSegment.IsValid))
        {
            throw new InvalidOperationException($"refusing to write '{path}': not a safe path inside the output folder");
        }

        var full = Path.Combine([_root, .. segments]);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            stream.Write(bytes);
        }

        Interlocked.Increment(ref _count);
    }
}
