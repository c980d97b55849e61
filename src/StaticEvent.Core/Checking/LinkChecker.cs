using StaticEvent.Diagnostics;

namespace StaticEvent.Checking;

/// <summary>
/// Checks that every internal link of the written site leads to a file that exists, and every
/// <c>#anchor</c> to an id on that page (SE501, SE502), naming the source the page came from.
/// Links to other hosts are left alone: a build never goes on the network. With a
/// <see cref="LinkCheckCache"/> (the preview), only the pages that may have another result than in
/// the previous check are checked again.
/// </summary>
internal static class LinkChecker
{
    public static void Check(LinkIndex index, Uri baseUrl, DiagnosticBag diagnostics, LinkCheckCache? cache = null)
    {
        var pages = cache is null ? index.Pages.Keys : cache.PagesToCheck(index, baseUrl);
        foreach (var path in pages)
        {
            var problems = new List<Diagnostic>();
            var targets = new HashSet<string>(StringComparer.Ordinal);
            CheckPage(index, path, index.Pages[path], baseUrl, problems, targets);
            diagnostics.AddRange(problems);
            cache?.Record(path, index.Pages[path], problems, targets);
        }

        if (cache is not null)
        {
            diagnostics.AddRange(cache.Reused);
        }
    }

    /// <summary>Checks one page's links; <paramref name="targets"/> gets every file whose existence or ids decided a result.</summary>
    private static void CheckPage(LinkIndex index, string path, LinkIndex.PageLinks page, Uri baseUrl, List<Diagnostic> problems, HashSet<string> targets)
    {
        var basePath = baseUrl.AbsolutePath;
        var origin = baseUrl.GetLeftPart(UriPartial.Authority);
        foreach (var link in page.Links.Distinct(StringComparer.Ordinal))
        {
            if (Target(link, path, basePath, origin) is not { } target)
            {
                continue;
            }

            var (file, fragment) = target;
            var resolved = Resolve(index, file, targets);
            var location = new SourceLocation(page.SourcePath);
            if (resolved is null)
            {
                problems.Add(new Diagnostic(DiagnosticCodes.BrokenLink, Severity.Error, location, $"the link '{link}' in {path} leads to nothing in the site",
                    "fix the link, or add the page or file it points to"));
                continue;
            }

            if (fragment.Length > 0 && index.Pages.TryGetValue(resolved, out var targetPage) && !targetPage.Ids.Contains(fragment))
            {
                problems.Add(new Diagnostic(DiagnosticCodes.BrokenAnchor, Severity.Error, location, $"the link '{link}' in {path} points to '#{fragment}', which {resolved} does not have",
                    "link to an existing heading id (they are made from the heading text), or add the id"));
            }
        }
    }

    /// <summary>The output file and fragment an internal link points to, or null for links to elsewhere.</summary>
    private static (string File, string Fragment)? Target(string link, string currentPath, string basePath, string origin)
    {
        if (link.Length == 0 || link.StartsWith("//", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var hash = link.IndexOf('#');
        var fragment = hash < 0 ? string.Empty : Uri.UnescapeDataString(link[(hash + 1)..]);
        var path = hash < 0 ? link : link[..hash];
        var query = path.IndexOf('?');
        path = query < 0 ? path : path[..query];

        if (path.StartsWith(origin + "/", StringComparison.Ordinal))
        {
            path = path[origin.Length..];
        }
        else if (path.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        if (path.Length == 0)
        {
            return (currentPath, fragment);
        }

        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                return (path, fragment);
            }

            return (Uri.UnescapeDataString(path[basePath.Length..]), fragment);
        }

        var directory = currentPath.Contains('/') ? currentPath[..(currentPath.LastIndexOf('/') + 1)] : string.Empty;
        return (Normalize(directory + Uri.UnescapeDataString(path)), fragment);
    }

    // Every candidate looked at is a target: the result changes if one of them appears or goes.
    private static string? Resolve(LinkIndex index, string file, HashSet<string> targets)
    {
        if (file.StartsWith('/'))
        {
            return null;
        }

        foreach (var candidate in new[] { file, file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file + "/index.html" })
        {
            targets.Add(candidate);
            if (index.HasFile(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment != ".")
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }
}
