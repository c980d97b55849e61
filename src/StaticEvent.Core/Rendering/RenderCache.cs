using System.Collections.Concurrent;
using StaticEvent.Checking;
using StaticEvent.Diagnostics;
using StaticEvent.Rendering.Markdown;

namespace StaticEvent.Rendering;

/// <summary>
/// What one build leaves for the next in the same process (the preview server): each page's
/// fingerprint with the files it produced, and rendered Markdown by its inputs. A page whose
/// fingerprint did not change is not rendered again; its previous bytes are written as they were.
/// </summary>
public sealed class RenderCache
{
    private ConcurrentDictionary<string, PageRecord> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, PageRecord> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, MarkdownRecord> _markdownPrevious = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, MarkdownRecord> _markdownCurrent = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, DocumentRecord> _documentsPrevious = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, DocumentRecord> _documentsCurrent = new(StringComparer.Ordinal);
    private HashSet<string> _documentsRendered = new(StringComparer.Ordinal);

    /// <summary>One rendered page: its inputs' fingerprint and every file it wrote, with their links.</summary>
    public sealed record PageRecord(string Fingerprint, IReadOnlyList<(string Path, byte[] Bytes, LinkIndex.PageLinks Links)> Files, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Rendered Markdown with the problems found while rendering it, reported again on reuse.</summary>
    public sealed record MarkdownRecord(RenderedMarkdown Rendered, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>
    /// A site document (sitemap, feed, schedule exports, redirect) with its inputs' fingerprint.
    /// Links are those of an HTML file, and null for a file that is not HTML.
    /// </summary>
    public sealed record DocumentRecord(string Fingerprint, IReadOnlyList<(string Path, byte[] Bytes, LinkIndex.PageLinks? Links)> Files);

    /// <summary>Body hashes of the documents a build may share with the next one.</summary>
    public BodyHashes Bodies { get; } = new();

    /// <summary>How many pages the last build rendered and how many it took over unchanged.</summary>
    public (int Rendered, int Reused) LastCounts { get; private set; }

    private int _rendered;
    private int _reused;

    public bool TryReuse(string key, string fingerprint, out PageRecord record)
    {
        if (_previous.TryGetValue(key, out record!) && record.Fingerprint == fingerprint)
        {
            _current[key] = record;
            Interlocked.Increment(ref _reused);
            return true;
        }

        return false;
    }

    public void Store(string key, PageRecord record)
    {
        _current[key] = record;
        Interlocked.Increment(ref _rendered);
    }

    /// <summary>The keys of the documents the last successful build rendered rather than reused.</summary>
    public IReadOnlySet<string> LastDocumentsRendered { get; private set; } = new HashSet<string>();

    public DocumentRecord? ReuseDocument(string key, string fingerprint)
    {
        if (_documentsPrevious.TryGetValue(key, out var record) && record.Fingerprint == fingerprint)
        {
            _documentsCurrent[key] = record;
            return record;
        }

        return null;
    }

    public void StoreDocument(string key, DocumentRecord record)
    {
        _documentsCurrent[key] = record;
        lock (_documentsRendered)
        {
            _documentsRendered.Add(key);
        }
    }

    public MarkdownRecord? Markdown(string key)
    {
        if (_markdownPrevious.TryGetValue(key, out var record) || _markdownCurrent.TryGetValue(key, out record))
        {
            _markdownCurrent[key] = record;
            return record;
        }

        return null;
    }

    public void StoreMarkdown(string key, MarkdownRecord record) => _markdownCurrent[key] = record;

    /// <summary>Called after a successful build: what it produced becomes what the next one compares with.</summary>
    public void Commit()
    {
        _previous = _current;
        _current = new ConcurrentDictionary<string, PageRecord>(StringComparer.Ordinal);
        _markdownPrevious = _markdownCurrent;
        _markdownCurrent = new ConcurrentDictionary<string, MarkdownRecord>(StringComparer.Ordinal);
        _documentsPrevious = _documentsCurrent;
        _documentsCurrent = new ConcurrentDictionary<string, DocumentRecord>(StringComparer.Ordinal);
        LastDocumentsRendered = _documentsRendered;
        _documentsRendered = new HashSet<string>(StringComparer.Ordinal);
        LastCounts = (_rendered, _reused);
        _rendered = 0;
        _reused = 0;
    }

    /// <summary>Called after a failed build: the next one compares with the last good build again.</summary>
    public void Discard()
    {
        _current = new ConcurrentDictionary<string, PageRecord>(StringComparer.Ordinal);
        _markdownCurrent = new ConcurrentDictionary<string, MarkdownRecord>(StringComparer.Ordinal);
        _documentsCurrent = new ConcurrentDictionary<string, DocumentRecord>(StringComparer.Ordinal);
        _documentsRendered = new HashSet<string>(StringComparer.Ordinal);
        _rendered = 0;
        _reused = 0;
    }
}
