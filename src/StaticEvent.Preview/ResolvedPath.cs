using System.Text;

namespace StaticEvent.Preview;

/// <summary>
/// What a request path leads to in a snapshot, the way a static host answers: pretty URLs
/// (<c>/x/</c> → <c>x/index.html</c>), a redirect from <c>/x</c> to <c>/x/</c> when that page
/// exists, else the <c>404.html</c> of the path's language prefix, else the root one. Both the
/// request handler and the live-reload channel use it, so they can never disagree on a path.
/// </summary>
/// <param name="StatusCode">200, 302 or 404.</param>
/// <param name="FileKey">The snapshot file served (the 404 page for a 404), or null.</param>
/// <param name="RedirectToBase">For a 302: true when the redirect goes to the base path rather than to the path plus <c>/</c>.</param>
internal sealed record ResolvedPath(int StatusCode, string? FileKey, bool RedirectToBase = false)
{
    /// <summary>Resolves a decoded request path (<c>/fr/actualites/</c>) in <paramref name="state"/>.</summary>
    public static ResolvedPath Resolve(PreviewState state, string path)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(path);
        var files = state.Files;
        var relative = RequestTarget.RelativeToBase(path, state.BasePath);
        if (relative is null)
        {
            return path == "/" || path + "/" == state.BasePath
                ? new ResolvedPath(302, null, RedirectToBase: true)
                : NotFound(files, path.TrimStart('/'));
        }

        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return Find(files, relative + "index.html") is { } index ? new ResolvedPath(200, index) : NotFound(files, relative);
        }

        if (Find(files, relative) is { } file)
        {
            return new ResolvedPath(200, file);
        }

        return Find(files, relative + "/index.html") is not null ? new ResolvedPath(302, null) : NotFound(files, relative);
    }

    /// <summary>
    /// The key of <paramref name="relative"/> in <paramref name="files"/>, trying the name as given,
    /// then in composed and decomposed Unicode (macOS clients and some editors decompose accents).
    /// </summary>
    public static string? Find(IReadOnlyDictionary<string, byte[]> files, string relative)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.ContainsKey(relative))
        {
            return relative;
        }

        if (relative.IsNormalized(NormalizationForm.FormC) && relative.IsNormalized(NormalizationForm.FormD))
        {
            return null;
        }

        foreach (var form in new[] { NormalizationForm.FormC, NormalizationForm.FormD })
        {
            var other = relative.Normalize(form);
            if (files.ContainsKey(other))
            {
                return other;
            }
        }

        return null;
    }

    private static ResolvedPath NotFound(IReadOnlyDictionary<string, byte[]> files, string relative)
    {
        var language = RequestTarget.FirstSegment(relative);
        var page = (language is null ? null : Find(files, language + "/404.html")) ?? Find(files, "404.html");
        return new ResolvedPath(404, page);
    }
}
