using System.Collections.Concurrent;
using StaticEvent.Checking;
using StaticEvent.Diagnostics;
using StaticEvent.Rendering.Markup;

namespace StaticEvent.Rendering;

/// <summary>
/// What one build leaves for the next in the same process (the preview server): each page's
/// fingerprint with the files it produced, and rendered Markdown by its inputs. A page whose
/// fingerprint did not change is not rendered again; its previous bytes are written as they were.
/// </summary>
internal sealed class RenderCache
{
    private readonly Generations<PageRecord> _pages = new();
    private readonly Generations<MarkdownRecord> _markdown = new();
    private readonly Generations<DocumentRecord> _documents = new();
    private HashSet<string> _documentsRendered = new(StringComparer.Ordinal);
    private HashSet<string> _pagesRendered = new(StringComparer.Ordinal);

    /// <summary>
    /// One rendered page: its inputs' fingerprint, including the bodies it read (by source path),
    /// and every file it wrote, with their links.
    /// </summary>
    public sealed record PageRecord(
        string Fingerprint,
        IReadOnlyList<string> BodiesRead,
        IReadOnlyList<(string Path, byte[] Bytes, LinkIndex.PageLinks Links)> Files,
        IReadOnlyList<Diagnostic> Diagnostics);

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

    private int _reused;

    /// <summary>The last good build's record of the page, if <paramref name="fingerprint"/> (given the bodies that render read) still matches it.</summary>
    public bool TryReuse(string key, Func<PageRecord, string> fingerprint, out PageRecord record)
    {
        record = _pages.Reuse(key, r => r.Fingerprint == fingerprint(r))!;
        if (record is null)
        {
            return false;
        }

        Interlocked.Increment(ref _reused);
        return true;
    }

    public void Store(string key, PageRecord record)
    {
        _pages.Store(key, record);
        lock (_pagesRendered)
        {
            _pagesRendered.Add(key);
        }
    }

    /// <summary>The keys of the documents the last successful build rendered rather than reused.</summary>
    public IReadOnlySet<string> LastDocumentsRendered { get; private set; } = new HashSet<string>();

    /// <summary>The keys (output paths) of the pages the last successful build rendered rather than reused.</summary>
    public IReadOnlySet<string> LastPagesRendered { get; private set; } = new HashSet<string>();

    public DocumentRecord? ReuseDocument(string key, string fingerprint) => _documents.Reuse(key, r => r.Fingerprint == fingerprint);

    public void StoreDocument(string key, DocumentRecord record)
    {
        _documents.Store(key, record);
        lock (_documentsRendered)
        {
            _documentsRendered.Add(key);
        }
    }

    /// <summary>Markdown rendered from the same inputs, by the last good build or earlier in this one.</summary>
    public MarkdownRecord? Markdown(string key) => _markdown.Reuse(key, _ => true, includeCurrent: true);

    public void StoreMarkdown(string key, MarkdownRecord record) => _markdown.Store(key, record);

    /// <summary>Called after a successful build: what it produced becomes what the next one compares with.</summary>
    public void Commit()
    {
        _pages.Commit();
        _markdown.Commit();
        _documents.Commit();
        LastDocumentsRendered = _documentsRendered;
        _documentsRendered = new HashSet<string>(StringComparer.Ordinal);
        LastPagesRendered = _pagesRendered;
        LastCounts = (_pagesRendered.Count, _reused);
        _pagesRendered = new HashSet<string>(StringComparer.Ordinal);
        _reused = 0;
    }

    /// <summary>Called after a failed build: the next one compares with the last good build again.</summary>
    public void Discard()
    {
        _pages.Discard();
        _markdown.Discard();
        _documents.Discard();
        _documentsRendered = new HashSet<string>(StringComparer.Ordinal);
        _pagesRendered = new HashSet<string>(StringComparer.Ordinal);
        _reused = 0;
    }

    /// <summary>One kind of record in two generations: the last good build's, and the one being built.</summary>
    private sealed class Generations<TRecord>
        where TRecord : class
    {
        private ConcurrentDictionary<string, TRecord> _previous = new(StringComparer.Ordinal);
        private ConcurrentDictionary<string, TRecord> _current = new(StringComparer.Ordinal);

        /// <summary>A record of the last good build (or, asked for, of this one) that matches, carried over to this build.</summary>
        public TRecord? Reuse(string key, Func<TRecord, bool> matches, bool includeCurrent = false)
        {
            if ((_previous.TryGetValue(key, out var record) || (includeCurrent && _current.TryGetValue(key, out record))) && matches(record))
            {
                _current[key] = record;
                return record;
            }

            return null;
        }

        public void Store(string key, TRecord record) => _current[key] = record;

        public void Commit()
        {
            _previous = _current;
            _current = new ConcurrentDictionary<string, TRecord>(Environment.ProcessorCount, _previous.Count, StringComparer.Ordinal);
        }

        public void Discard() => _current = new ConcurrentDictionary<string, TRecord>(StringComparer.Ordinal);
    }
}
