namespace StaticEvent.IO;

/// <summary>
/// What a file's metadata says about its content without reading it: a file whose stamp did not
/// change since it was read is taken to be unchanged (see <see cref="Parsing.ParseCache"/> for when
/// a stamp is too recent to be trusted).
/// </summary>
public readonly record struct FileStamp(long Length, DateTime LastWriteUtc);
