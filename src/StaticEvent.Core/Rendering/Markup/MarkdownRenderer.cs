using System.Collections.Concurrent;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticEvent.Diagnostics;
using StaticEvent.Model;
using StaticEvent.Parsing;
using StaticEvent.Text;

namespace StaticEvent.Rendering.Markup;

/// <summary>
/// Renders page bodies to HTML, once per page however many lists show it. Links written as
/// source paths (<c>../news/opening.fr.md</c>) become the target page's URL; links with a
/// dangerous scheme (<c>javascript:</c>) are errors, since Markdig does not filter them.
/// </summary>
internal sealed partial class MarkdownRenderer
{
    private readonly ConcurrentDictionary<Page, Lazy<RenderedMarkdown>> _rendered = new();
    private readonly MarkdownPipelines _pipelines;
    private readonly SiteModel _site;
    private readonly UrlBuilder _urls;
    private readonly DiagnosticBag _diagnostics;

    private readonly RenderCache? _cache;
    private readonly string _linkTargets;

    public MarkdownRenderer(MarkdownPipelines pipelines, SiteModel site, UrlBuilder urls, DiagnosticBag diagnostics, RenderCache? cache = null)
    {
        _pipelines = pipelines;
        _site = site;
        _urls = urls;
        _diagnostics = diagnostics;
        _cache = cache;
        _linkTargets = cache is null ? string.Empty : LinkTargetsHash(site, urls) + site.Media.Signature;
    }

    // A page's HTML depends on its body and on the URLs its links resolve to: every page's URL.
    private static string LinkTargetsHash(SiteModel site, UrlBuilder urls)
    {
        var hash = HashWriter.Start().Add(urls.BaseUrl.ToString());
        foreach (var (source, page) in site.BySource.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            hash.Add(source).Add(page.RelativeUrl);
        }

        return hash.Finish();
    }

    /// <summary>
    /// With a cache: a hash of every page's URL, which a body's links to source files resolve to.
    /// The Markdown cache and page fingerprints both include it, so a body that links to a page
    /// whose URL changed is rendered again.
    /// </summary>
    public string LinkTargets => _linkTargets;

    public RenderedMarkdown Render(Page page) =>
        _rendered.GetOrAdd(page, p => new Lazy<RenderedMarkdown>(() => _cache is null ? RenderPage(p, _diagnostics) : RenderCached(p))).Value;

    private RenderedMarkdown RenderCached(Page page)
    {
        if (page.Source is null)
        {
            return RenderPage(page, _diagnostics);
        }

        var body = _cache!.Bodies.Of(page.Source);
        var key = $"{page.SourcePath}|{page.Language!.Code}|{page.Source.BodyLine}|{page.Source.FrontMatter.Summary}|{body}|{_linkTargets}";
        if (_cache!.Markdown(key) is { } cached)
        {
            _diagnostics.AddRange(cached.Diagnostics);
            return cached.Rendered;
        }

        var local = new DiagnosticBag();
        var rendered = RenderPage(page, local);
        var problems = local.ToSortedList();
        _diagnostics.AddRange(problems);
        _cache.StoreMarkdown(key, new RenderCache.MarkdownRecord(rendered, problems));
        return rendered;
    }

    /// <summary>Markdown from data or templates (<c>markdownify</c>): no source-path links to resolve.</summary>
    public SafeHtml RenderFragment(string markdown, string language, string sourcePath, int line)
    {
        var document = Parse(markdown, language, sourcePath, line, _diagnostics, bodyChecked: false);
        return document is null ? SafeHtml.Empty : new SafeHtml(ToHtml(document, language, markdown.Length));
    }

    private RenderedMarkdown RenderPage(Page page, DiagnosticBag diagnostics)
    {
        if (page.Source is null)
        {
            return new RenderedMarkdown(SafeHtml.Empty, string.Empty, new HashSet<string>());
        }

        var language = page.Language!.Code;
        var body = page.Source.Body;
        var document = Parse(body, language, page.SourcePath, page.Source.BodyLine, diagnostics, bodyChecked: true);
        if (document is null)
        {
            return new RenderedMarkdown(SafeHtml.Empty, page.Source.FrontMatter.Summary ?? string.Empty, new HashSet<string>());
        }

        // One walk over the tree: links to resolve, the ids other pages may link to, the first paragraph.
        var sourceDirectory = page.SourcePath[..page.SourcePath.LastIndexOf('/')];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ParagraphBlock? firstParagraph = null;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link:
                    if (link.IsImage)
                    {
                        DescribeImage(link, page, sourceDirectory, diagnostics);
                    }

                    ResolveLink(link, page, sourceDirectory, diagnostics);
                    break;
                case HeadingBlock heading when heading.GetAttributes().Id is { } id:
                    ids.Add(id);
                    break;
                case Footnote footnote:
                    ids.Add("fn:" + footnote.Order);
                    break;
                case FootnoteLink footnoteLink:
                    ids.Add("fnref:" + footnoteLink.Index);
                    break;
                case ParagraphBlock paragraph:
                    firstParagraph ??= paragraph;
                    break;
            }
        }

        var summary = page.Source.FrontMatter.Summary ?? PlainSummary(firstParagraph);
        return new RenderedMarkdown(new SafeHtml(ToHtml(document, language, body.Length)), summary, ids);
    }

    private MarkdownDocument? Parse(string markdown, string language, string sourcePath, int bodyLine, DiagnosticBag diagnostics, bool bodyChecked)
    {
        // Page bodies were checked when they were read; text from data or templates is checked here.
        if (!bodyChecked && !MarkdownLimits.Check(markdown, sourcePath, bodyLine, diagnostics))
        {
            return null;
        }

        try
        {
            var document = Markdown.Parse(markdown, _pipelines.For(language));

            // One walk over the inlines: typography in the text, no link with a forbidden scheme.
            var french = MarkdownPipelines.Primary(language) == "fr";
            foreach (var inline in document.Descendants<Inline>())
            {
                if (inline is LiteralInline literal)
                {
                    Typography.Apply(literal, french);
                }
                else
                {
                    CheckScheme(inline, sourcePath, bodyLine, diagnostics);
                }
            }

            return document;
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            var line = FirstFailingLine(markdown, _pipelines.For(language));
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, new SourceLocation(sourcePath, bodyLine + line, 1),
                "the Markdown is nested too deeply to render (Markdig's own depth limit)", "reduce the nesting of lists, quotes or emphasis on this line");
            return null;
        }
    }

    // Markdig's depth error has no position: find the first line up to which the text already fails,
    // by halving (a few more parses, only on this error path). 0-based; the last line if none.
    private static int FirstFailingLine(string markdown, MarkdownPipeline pipeline)
    {
        var ends = new List<int>();
        for (var i = markdown.IndexOf('\n'); i >= 0; i = markdown.IndexOf('\n', i + 1))
        {
            ends.Add(i);
        }

        ends.Add(markdown.Length);
        var (low, high) = (0, ends.Count - 1);
        while (low < high)
        {
            var middle = (low + high) / 2;
            try
            {
                Markdown.Parse(markdown[..ends[middle]], pipeline);
                low = middle + 1;
            }
            catch (ArgumentException)
            {
                high = middle;
            }
        }

        return low;
    }

    // The HTML is about as long as the Markdown it comes from: start the buffer there.
    private string ToHtml(MarkdownDocument document, string language, int markdownLength)
    {
        using var writer = new StringWriter(new System.Text.StringBuilder(markdownLength + (markdownLength / 4) + 64), System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        _pipelines.For(language).Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static void CheckScheme(Inline node, string sourcePath, int bodyLine, DiagnosticBag diagnostics)
    {
        var (url, line, column) = node switch
        {
            LinkInline link => (link.Url, link.Line, link.Column),
            AutolinkInline { IsEmail: false } auto => (auto.Url, auto.Line, auto.Column),
            _ => (null, 0, 0),
        };
        if (url is null || LinkScheme.Forbidden(url) is not { } scheme)
        {
            return;
        }

        diagnostics.Error(DiagnosticCodes.UnsafeLinkScheme, new SourceLocation(sourcePath, bodyLine + line, column + 1),
            $"links with the scheme '{scheme}:' are not allowed", "use an http(s), mailto or tel link, or a path to a page");
        if (node is LinkInline unsafeLink)
        {
            unsafeLink.Url = "#";
        }
        else if (node is AutolinkInline unsafeAuto)
        {
            unsafeAuto.Url = "#";
        }
    }

    private void ResolveLink(LinkInline link, Page page, string sourceDirectory, DiagnosticBag diagnostics)
    {
        var url = link.Url;
        if (string.IsNullOrEmpty(url) || url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) || LinkScheme.Of(url) is not null)
        {
            return;
        }

        if (url.StartsWith('/'))
        {
            link.Url = _urls.BasePath + url.TrimStart('/');
            return;
        }

        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        var rest = cut < 0 ? string.Empty : url[cut..];
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var target = Combine(sourceDirectory, Uri.UnescapeDataString(path));
        if (target is not null && _site.BySource.TryGetValue(target, out var targetPage))
        {
            link.Url = _urls.Path(targetPage.RelativeUrl) + rest;
            return;
        }

        diagnostics.Error(DiagnosticCodes.LinkTargetMissing, new SourceLocation(page.SourcePath, page.Source!.BodyLine + link.Line, link.Column + 1),
            $"the link target '{path}' is not a page of this site{(target is null ? string.Empty : $" ({target})")}",
            "check the file name and language suffix; drafts are only published with --drafts");
    }

    private static string? Combine(string directory, string relative)
    {
        var parts = new List<string>(directory.Split('/'));
        foreach (var segment in relative.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return string.Join('/', parts);
    }

    private static string PlainSummary(ParagraphBlock? paragraph)
    {
        if (paragraph?.Inline is null)
        {
            return string.Empty;
        }

        var text = string.Concat(paragraph.Inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline lineBreak => CjkText.Joins(lineBreak) ? string.Empty : " ",
            _ => string.Empty,
        }));
        const int limit = 240;
        if (text.Length <= limit)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', limit);
        return text[..(cut > 0 ? cut : limit)].TrimEnd(',', ';', ':') + "…";
    }
}
