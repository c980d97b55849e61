using System.Text;

namespace StaticEvent.IO;

/// <summary>A site held in memory, for tests and for the preview server's overlays.</summary>
public sealed class MemoryFileSource : IFileSource
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public MemoryFileSource Add(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    public MemoryFileSource Add(string path, byte[] bytes)
    {
        _files[Normalize(path)] = bytes;
        return this;
    }

    public IReadOnlyList<string> ListFiles(string directory)
    {
        var prefix = Normalize(directory).TrimEnd('/') + "/";
        return _files.Keys.Where(k => prefix == "/" || k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }

    public bool FileExists(string path) => _files.ContainsKey(Normalize(path));

    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(Normalize(path), out var bytes) ? bytes : throw new FileNotFoundException(path);

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');
}
