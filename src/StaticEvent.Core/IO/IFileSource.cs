namespace StaticEvent.IO;

/// <summary>
/// Read-only access to a site's files by site-relative path with <c>/</c> separators. The core
/// never touches the real file system directly, so tests can build whole sites from memory.
/// </summary>
public interface IFileSource
{
    /// <summary>Every file below <paramref name="directory"/> (recursively), as site-relative paths in ordinal order.</summary>
    IReadOnlyList<string> ListFiles(string directory);

    /// <summary>What <see cref="ListFiles"/> and <see cref="ListRefused"/> return, from one walk of the folder.</summary>
    (IReadOnlyList<string> Files, IReadOnlyList<RefusedEntry> Refused) List(string directory) => (ListFiles(directory), ListRefused(directory));

    bool FileExists(string path);

    byte[] ReadAllBytes(string path);

    /// <summary>The size of a file in bytes, known without reading it, so limits apply before memory is spent.</summary>
    long Length(string path) => ReadAllBytes(path).LongLength;

    /// <summary>
    /// Reads a file unless it holds more than <paramref name="maxBytes"/> bytes; then returns null
    /// without reading it. <paramref name="length"/> is the file's size either way.
    /// </summary>
    byte[]? ReadAtMost(string path, long maxBytes, out long length)
    {
        length = Length(path);
        return length > maxBytes ? null : ReadAllBytes(path);
    }

    /// <summary>
    /// Entries below <paramref name="directory"/> that <see cref="ListFiles"/> leaves out and that
    /// are never read — symbolic links leading outside the site, nowhere, or in a circle — so the
    /// build can report them instead of silently building without them. None by default.
    /// </summary>
    IReadOnlyList<RefusedEntry> ListRefused(string directory) => [];

    /// <summary>
    /// The file's length and last write time, so a rebuild can skip files that did not change; null
    /// when the source cannot tell (then the file is always read again). None by default.
    /// </summary>
    FileStamp? Stamp(string path) => null;
}
