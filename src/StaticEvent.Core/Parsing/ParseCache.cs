using System.Collections.Concurrent;
using System.Security.Cryptography;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Discovery;
using StaticEvent.IO;

namespace StaticEvent.Parsing;

/// <summary>
/// Parsed content files kept from one build to the next in the same process (the preview), so a
/// rebuild reads and parses only the files whose stamp changed. A document is reused when its
/// file has the same stamp, the same place in the site (<see cref="ContentFile"/>), and site.yml
/// is the one it was parsed against; its diagnostics are reported again with it.
/// </summary>
internal sealed class ParseCache
{
    /// <summary>
    /// File systems keep write times in steps (a few ms on Linux, 2 s on FAT), so a file written
    /// again within the step its first version was read in keeps its stamp. A stamp is trusted only
    /// when the write was this long before the read began; newer files are parsed again.
    /// </summary>
    public static readonly TimeSpan StampStep = TimeSpan.FromSeconds(2);

    private ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private byte[] _config = [];
    private DateTime _readStart;

    /// <summary>One parsed file: what it was parsed from and what came of it.</summary>
    private sealed record Entry(ContentFile File, FileStamp Stamp, bool Settled, SourceDocument Document, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>
    /// The files that may have changed since the last parse began, as a file watcher saw them
    /// (paths relative to the site, with '/'), or null when that is not known. A settled file that
    /// is not among them is taken over without even a stat: at 10,000 files the stats alone
    /// cost 40 ms a rebuild here.
    /// </summary>
    internal IReadOnlySet<string>? ChangedPaths { get; set; }

    /// <summary>How many files the last parse took over unchanged.</summary>
    public int LastReused { get; private set; }

    private int _reused;

    /// <summary>
    /// Starts a parse: every document is dropped when site.yml changed (it decides languages,
    /// sections and the time zone of dates), and files stamped from now on are not trusted. The
    /// build options applied to the config are those of one <see cref="IncrementalBuilder"/>,
    /// which never change, so site.yml's bytes stand for the whole config.
    /// </summary>
    internal void Begin(IFileSource source)
    {
        var config = source.FileExists(SiteConfig.FileName) ? SHA256.HashData(source.ReadAllBytes(SiteConfig.FileName)) : [];
        if (!config.AsSpan().SequenceEqual(_config))
        {
            _entries = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
            _config = config;
        }

        _readStart = DateTime.UtcNow;
        _reused = 0;
    }

    /// <summary>
    /// The document parsed earlier from this file when the watcher saw no change to it since,
    /// and its stamp was settled when it was read.
    /// </summary>
    internal bool TryReuseUnwatched(ContentFile file, out SourceDocument document, out IReadOnlyList<Diagnostic> diagnostics)
    {
        if (ChangedPaths is { } changed && !changed.Contains(file.SourcePath)
            && _entries.TryGetValue(file.SourcePath, out var entry) && entry.Settled && entry.File == file)
        {
            Interlocked.Increment(ref _reused);
            (document, diagnostics) = (entry.Document, entry.Diagnostics);
            return true;
        }

        (document, diagnostics) = (null!, []);
        return false;
    }

    /// <summary>The document parsed earlier from this very file, with its diagnostics.</summary>
    internal bool TryReuse(ContentFile file, FileStamp? stamp, out SourceDocument document, out IReadOnlyList<Diagnostic> diagnostics)
    {
        if (stamp is { } current && _entries.TryGetValue(file.SourcePath, out var entry) && entry.Settled && entry.Stamp == current && entry.File == file)
        {
            Interlocked.Increment(ref _reused);
            (document, diagnostics) = (entry.Document, entry.Diagnostics);
            return true;
        }

        (document, diagnostics) = (null!, []);
        return false;
    }

    /// <summary>
    /// Keeps a document parsed from a file with a known stamp (taken before the file was read). A
    /// file that did not parse is not kept: it is read again until it does.
    /// </summary>
    internal void Store(ContentFile file, FileStamp? stamp, SourceDocument? document, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (stamp is { } known && document is not null)
        {
            _entries[file.SourcePath] = new Entry(file, known, known.LastWriteUtc < _readStart - StampStep, document, diagnostics);
        }
        else
        {
            _entries.TryRemove(file.SourcePath, out _);
        }
    }

    /// <summary>Ends a parse: files that are gone are forgotten.</summary>
    internal void End(IReadOnlyList<ContentFile> files)
    {
        var present = files.Select(f => f.SourcePath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys.Where(p => !present.Contains(p)))
        {
            _entries.TryRemove(path, out _);
        }

        LastReused = _reused;
    }
}
