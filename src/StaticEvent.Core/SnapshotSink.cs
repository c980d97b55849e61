using System.Collections.Concurrent;
using StaticEvent.Output;

namespace StaticEvent;

/// <summary>
/// The preview's output in memory, compared with the previous build's as each file arrives. A file
/// with the same bytes keeps the previous build's array: a rebuild of 10,000 files then allocates
/// only what changed, and knows what changed without a second pass.
/// </summary>
internal sealed class SnapshotSink : IOutputSink
{
    private readonly IReadOnlyDictionary<string, byte[]> _previous;
    private readonly ConcurrentDictionary<string, byte[]> _files;

    public SnapshotSink(IReadOnlyDictionary<string, byte[]> previous)
    {
        _previous = previous;
        _files = new(Environment.ProcessorCount, previous.Count, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        _files[path] = _previous.TryGetValue(path, out var old) && bytes.SequenceEqual(old) ? old : bytes.ToArray();
    }

    /// <summary>
    /// The files written with other bytes than before (a new array: an unchanged file keeps the
    /// previous one), and the previous files not written again.
    /// </summary>
    public HashSet<string> Changed()
    {
        var changed = _files.Where(f => !(_previous.TryGetValue(f.Key, out var old) && ReferenceEquals(old, f.Value))).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        changed.UnionWith(_previous.Keys.Where(p => !_files.ContainsKey(p)));
        return changed;
    }
}
