using StaticEvent.Diagnostics;

namespace StaticEvent.Checking;

/// <summary>
/// The previous link check, for the preview: each page's problems and the files its result
/// depended on (the targets it looked up, whose existence or ids decide it). A page is checked
/// again when its links changed (it was rendered again) or when one of its targets appeared,
/// went, or changed its ids; every other page keeps its problems. The result is a full check's.
/// </summary>
internal sealed class LinkCheckCache
{
    private readonly Dictionary<string, PageResult> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _linkedFrom = new(StringComparer.Ordinal);
    private HashSet<string> _files = new(StringComparer.Ordinal);
    private Uri? _baseUrl;

    /// <summary>One page's last result. <see cref="LinkIndex.PageLinks"/> are immutable: the same instance means the same links and ids.</summary>
    private sealed record PageResult(LinkIndex.PageLinks Links, IReadOnlyList<Diagnostic> Problems, IReadOnlyCollection<string> Targets);

    /// <summary>The problems of the pages <see cref="PagesToCheck"/> left out, as the previous check found them.</summary>
    internal List<Diagnostic> Reused { get; } = [];

    /// <summary>How many pages the last check looked at again.</summary>
    public int LastChecked { get; private set; }

    /// <summary>The pages of <paramref name="index"/> whose result may differ from the previous check's.</summary>
    internal IReadOnlyCollection<string> PagesToCheck(LinkIndex index, Uri baseUrl)
    {
        if (baseUrl != _baseUrl)
        {
            _results.Clear();
            _linkedFrom.Clear();
            _baseUrl = baseUrl;
        }

        var check = new HashSet<string>(StringComparer.Ordinal);
        var changedTargets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, links) in index.Pages)
        {
            if (!_results.TryGetValue(path, out var previous))
            {
                check.Add(path);
                changedTargets.Add(path);
            }
            else if (!ReferenceEquals(previous.Links, links))
            {
                check.Add(path);
                if (!previous.Links.Ids.SetEquals(links.Ids))
                {
                    changedTargets.Add(path);
                }
            }
        }

        foreach (var gone in _results.Keys.Where(p => !index.Pages.ContainsKey(p)).ToList())
        {
            changedTargets.Add(gone);
            Forget(gone);
        }

        var files = index.Files.ToHashSet(StringComparer.Ordinal);
        changedTargets.UnionWith(files.Where(f => !_files.Contains(f)));
        changedTargets.UnionWith(_files.Where(f => !files.Contains(f)));
        _files = files;

        foreach (var target in changedTargets)
        {
            if (_linkedFrom.TryGetValue(target, out var pages))
            {
                check.UnionWith(pages);
            }
        }

        Reused.Clear();
        foreach (var (path, result) in _results.Where(r => !check.Contains(r.Key)))
        {
            Reused.AddRange(result.Problems);
        }

        LastChecked = check.Count;
        return check;
    }

    /// <summary>Keeps a page's new result and the targets it depends on.</summary>
    internal void Record(string path, LinkIndex.PageLinks links, IReadOnlyList<Diagnostic> problems, IReadOnlyCollection<string> targets)
    {
        Forget(path);
        _results[path] = new PageResult(links, problems, targets);
        foreach (var target in targets)
        {
            if (!_linkedFrom.TryGetValue(target, out var pages))
            {
                _linkedFrom[target] = pages = new HashSet<string>(StringComparer.Ordinal);
            }

            pages.Add(path);
        }
    }

    private void Forget(string path)
    {
        if (!_results.Remove(path, out var old))
        {
            return;
        }

        foreach (var target in old.Targets)
        {
            if (_linkedFrom.TryGetValue(target, out var pages) && pages.Remove(path) && pages.Count == 0)
            {
                _linkedFrom.Remove(target);
            }
        }
    }
}
