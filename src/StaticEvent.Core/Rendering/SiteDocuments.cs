using System.Text;
using StaticEvent.Checking;
using StaticEvent.Model;
using StaticEvent.Output;
using StaticEvent.Rendering.Documents;
using StaticEvent.Rendering.Markup;

namespace StaticEvent.Rendering;

/// <summary>
/// Writes the site's documents besides its pages: the sitemap, robots.txt, a feed per language,
/// the programme's exports and the redirect pages. With a <see cref="RenderCache"/>, a document
/// whose <see cref="DocumentFingerprints">fingerprint</see> did not change is not rendered again:
/// its previous bytes are written as they were.
/// </summary>
internal sealed class SiteDocuments
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IOutputSink _sink;
    private readonly LinkIndex _links;
    private readonly RenderCache? _cache;
    private readonly DocumentFingerprints? _fingerprints;

    public SiteDocuments(IOutputSink sink, LinkIndex links, RenderCache? cache, DocumentFingerprints? fingerprints)
    {
        _sink = sink;
        _links = links;
        _cache = cache;
        _fingerprints = fingerprints;
    }

    public void Write(SiteModel site, UrlBuilder urls, MarkdownRenderer markdown, I18nCatalog strings)
    {
        var fallbackDate = site.Config.BuildDate ?? DateTimeOffset.UnixEpoch;
        Write("sitemap.xml", f => f.Sitemap(), () => [SitemapDocument.Render(site, urls)]);
        Write("robots.txt", f => f.Robots(), () => [RobotsDocument.Render(urls)]);
        foreach (var localized in site.Languages)
        {
            Write($"feed:{localized.Language.Code}", f => f.Feed(localized), () => [AtomFeedDocument.Render(localized, urls, markdown, fallbackDate)]);
        }

        if (site.Schedule is { } schedule)
        {
            Write("schedule exports", f => f.ScheduleExports(), () => ScheduleExports.Render(site, schedule, urls, strings, fallbackDate).ToList());
        }

        // Redirect pages are HTML: their links are checked like a page's.
        foreach (var redirect in site.Redirects)
        {
            Write($"redirect:{redirect.OutputPath}", f => f.Redirect(redirect), () => [RedirectDocument.Render(redirect, urls)], redirect.Target.SourcePath);
        }
    }

    /// <param name="key">Names the document in the cache.</param>
    /// <param name="fingerprint">What the document reads, hashed (only asked for when there is a cache).</param>
    /// <param name="render">Renders the document's files.</param>
    /// <param name="htmlSource">For an HTML document, the source its links are reported against.</param>
    private void Write(string key, Func<DocumentFingerprints, string> fingerprint, Func<IReadOnlyList<RenderedFile>> render, string? htmlSource = null)
    {
        var print = _fingerprints is null ? null : fingerprint(_fingerprints);
        if (print is not null && _cache?.ReuseDocument(key, print) is { } previous)
        {
            foreach (var (path, bytes, links) in previous.Files)
            {
                _sink.Write(path, bytes);
                AddLinks(path, links);
            }

            return;
        }

        var files = new List<(string, byte[], LinkIndex.PageLinks?)>();
        foreach (var file in render())
        {
            var bytes = Utf8.GetBytes(file.Text);
            _sink.Write(file.Path, bytes);
            var links = htmlSource is null ? null : _links.AddHtml(file.Path, htmlSource, file.Text);
            if (links is null)
            {
                _links.AddFile(file.Path);
            }

            files.Add((file.Path, bytes, links));
        }

        if (print is not null)
        {
            _cache?.StoreDocument(key, new RenderCache.DocumentRecord(print, files));
        }
    }

    private void AddLinks(string path, LinkIndex.PageLinks? links)
    {
        if (links is null)
        {
            _links.AddFile(path);
        }
        else
        {
            _links.Add(path, links);
        }
    }
}
