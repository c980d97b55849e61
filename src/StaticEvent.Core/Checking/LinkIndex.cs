using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace StaticEvent.Checking;

/// <summary>
/// What every written HTML file links to and which ids it has, gathered while the files are
/// written (a scan, not a parse: our templates and Markdig write double-quoted attributes), so
/// links can be checked once the whole site exists.
/// </summary>
internal sealed partial class LinkIndex
{
    private readonly ConcurrentDictionary<string, PageLinks> _pages;
    private readonly ConcurrentDictionary<string, byte> _files;

    /// <param name="expectedFiles">About how many files the build writes: the tables are made that large at once.</param>
    public LinkIndex(int expectedFiles = 0)
    {
        _pages = new(Environment.ProcessorCount, expectedFiles, StringComparer.Ordinal);
        _files = new(Environment.ProcessorCount, expectedFiles, StringComparer.Ordinal);
    }

    /// <summary>The links and ids of one HTML file, and the source it came from.</summary>
    public sealed record PageLinks(string SourcePath, IReadOnlyList<string> Links, IReadOnlySet<string> Ids);

    public IReadOnlyDictionary<string, PageLinks> Pages => _pages;

    /// <summary>Every file written, HTML or not.</summary>
    public ICollection<string> Files => _files.Keys;

    public bool HasFile(string path) => _files.ContainsKey(path);

    public void AddFile(string path) => _files.TryAdd(path, 0);

    /// <summary>Records links found earlier (a page reused from the previous build).</summary>
    public void Add(string path, PageLinks links)
    {
        AddFile(path);
        _pages[path] = links;
    }

    public PageLinks AddHtml(string path, string sourcePath, string html)
    {
        AddFile(path);
        var links = new List<string>();
        foreach (Match match in LinkAttribute().Matches(html))
        {
            links.Add(System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(html))
        {
            ids.Add(System.Net.WebUtility.HtmlDecode(match.Groups["id"].Value));
        }

        var page = new PageLinks(sourcePath, links, ids);
        _pages[path] = page;
        return page;
    }

    // <link rel=alternate hreflang> and canonical point to absolute URLs of pages we write too.
    [GeneratedRegex("""<(?:a|link|img|script|source|iframe)\b[^>]*?\s(?:href|src)="(?<url>[^"]*)"[^>]*>""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("""\s(?:id|name)="(?<id>[^"]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();
}
