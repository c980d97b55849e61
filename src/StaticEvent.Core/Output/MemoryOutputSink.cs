using System.Collections.Concurrent;
using System.Text;

namespace StaticEvent.Output;

/// <summary>Keeps the output in memory: for tests, and for the preview server.</summary>
public sealed class MemoryOutputSink : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(string path, ReadOnlySpan<byte> bytes) => _files[path] = bytes.ToArray();

    public string Text(string path) => Encoding.UTF8.GetString(_files[path]);
}
