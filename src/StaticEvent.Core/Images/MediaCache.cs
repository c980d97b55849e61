using System.Collections.Concurrent;

namespace StaticEvent.Images;

/// <summary>
/// Encoded cards and image variants by content key (a hash of everything the bytes depend on),
/// so an unchanged card or photo is not encoded again: in memory for the preview server, and in
/// a folder beside the output (<c>.public.cache/</c>) across command-line builds. Entries this
/// build did not use are removed from the folder at the end, so it does not grow without end.
/// </summary>
internal sealed class MediaCache
{
    // Memory-only caches (tests, checks without output) also share what any of them made in this
    // process, up to a bound: many small builds of similar sites draw the same cards.
    private const int SharedLimit = 2048;
    private static readonly ConcurrentDictionary<string, byte[]> Shared = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, byte[]> _memory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private int _encoded;

    /// <param name="directory">The folder to keep entries in across processes; null: memory only.</param>
    public MediaCache(string? directory = null) => Directory = directory;

    public string? Directory { get; }

    /// <summary>How many entries were made (encoded) rather than found since the last <see cref="BeginBuild"/>.</summary>
    public int Encoded => _encoded;

    public void BeginBuild()
    {
        _used.Clear();
        Interlocked.Exchange(ref _encoded, 0);
    }

    /// <summary>The bytes for <paramref name="key"/>, made by <paramref name="make"/> only when no cache has them.</summary>
    public byte[] GetOrMake(string key, string extension, Func<byte[]> make)
    {
        var name = key + extension;
        _used[name] = true;
        if (_memory.TryGetValue(name, out var bytes))
        {
            return bytes;
        }

        if (Directory is null && Shared.TryGetValue(name, out bytes))
        {
            return _memory[name] = bytes;
        }

        var path = Directory is null ? null : Path.Combine(Directory, name);
        if (path is not null && File.Exists(path))
        {
            try
            {
                return _memory[name] = File.ReadAllBytes(path);
            }
            catch (IOException)
            {
                // Unreadable: made again below.
            }
        }

        bytes = make();
        Interlocked.Increment(ref _encoded);
        _memory[name] = bytes;
        if (Directory is null && Shared.Count < SharedLimit)
        {
            Shared.TryAdd(name, bytes);
        }

        if (path is not null)
        {
            try
            {
                System.IO.Directory.CreateDirectory(Directory!);
                var temporary = path + "." + Environment.ProcessId + ".tmp";
                File.WriteAllBytes(temporary, bytes);
                File.Move(temporary, path, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A cache that cannot be written only costs time.
            }
        }

        return bytes;
    }

    /// <summary>Forgets what this build did not use, in memory and in the folder.</summary>
    public void EndBuild()
    {
        foreach (var name in _memory.Keys.Where(n => !_used.ContainsKey(n)).ToList())
        {
            _memory.TryRemove(name, out _);
        }

        if (Directory is null || !System.IO.Directory.Exists(Directory))
        {
            return;
        }

        foreach (var path in System.IO.Directory.EnumerateFiles(Directory))
        {
            if (!_used.ContainsKey(Path.GetFileName(path)))
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Left for the next build.
                }
            }
        }
    }
}
