using System.Collections.Concurrent;
using StaticEvent.Model;
using StaticEvent.Text;

namespace StaticEvent.Output;

/// <summary>
/// Writes files below one folder. Every path is checked segment by segment before anything is
/// written, so no slug or alias can reach outside the folder, whatever it contains.
/// </summary>
public sealed class DirectoryOutputSink : IOutputSink
{
    private readonly string _root;

    // Folders this sink has made: each is created once, not checked again for every file in it;
    // a thread that needs a folder another is still creating waits for it.
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
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
        var folder = Path.GetDirectoryName(full)!;
        try
        {
            _ = _folders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;

            // A handle and one positioned write: no FileStream buffer, position or length calls.
            using var handle = File.OpenHandle(full, FileMode.Create, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, bytes, 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The path travels with the failure, for the diagnostic (a full disk names the file it hit).
            throw new OutputWriteException(path, ex);
        }

        Interlocked.Increment(ref _count);
    }
}
