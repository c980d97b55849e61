using System.Collections.Concurrent;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticEvent.Diagnostics;
using StaticEvent.Model;

namespace StaticEvent.Rendering.Markdown;

/// <summary>
/// Renders page bodies to HTML, once per page however many lists show it. Links written as
/// source paths (<c>../news/opening.fr.md</c>) become the target page's URL; links with a
/// dangerous scheme (<c>javascript:</c>) are errors, since Markdig does not filter them.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly HashSet<string> AllowedSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };

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
        _linkTargets = cache is null ? string.Empty : LinkTargetsHash(site, urls);
    }

    // A page's HTML depends on its body and on the URLs its links resolve to: every page's URL.
    private static string LinkTargetsHash(SiteModel site, UrlBuilder urls)
    {
        var text = new System.Text.StringBuilder(urls.BaseUrl.ToString());
        foreach (var (source, page) in site.BySource.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(source).Append('|').Append(page.RelativeUrl);
        }

        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }

    public RenderedMarkdown Render(Page page) =>
        _rendered.GetOrAdd(page, p => new Lazy<RenderedMarkdown>(() => _cache is null ? RenderPage(p, _diagnostics) : RenderCached(p))).Value;

    private RenderedMarkdown RenderCached(Page page)
    {
        if (page.Source is null)
        {
            return RenderPage(page, _diagnostics);
        }

        var body = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(page.Source.Body)));
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
        var document = Parse(markdown, language, sourcePath, line, _diagnostics);
        return document is null ? SafeHtml.Empty : new SafeHtml(ToHtml(document, language));
    }

    private RenderedMarkdown RenderPage(Page page, DiagnosticBag diagnostics)
    {
        if (page.Source is null)
        {
            return new RenderedMarkdown(SafeHtml.Empty, string.Empty, new HashSet<string>());
        }

        var language = page.Language!.Code;
        var document = Parse(page.Source.Body, language, page.SourcePath, page.Source.BodyLine, diagnostics);
        if (document is null)
        {
            return new RenderedMarkdown(SafeHtml.Empty, page.Source.FrontMatter.Summary ?? string.Empty, new HashSet<string>());
        }

        ResolveLinks(document, page, diagnostics);
        var ids = document.Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id)
            .OfType<string>()
            .Concat(document.Descendants<Markdig.Extensions.Footnotes.Footnote>().Select(f => "fn:" + f.Order))
            .Concat(document.Descendants<Markdig.Extensions.Footnotes.FootnoteLink>().Select(f => "fnref:" + f.Index))
            .ToHashSet(StringComparer.Ordinal);
        var summary = page.Source.FrontMatter.Summary ?? PlainSummary(document);
        return new RenderedMarkdown(new SafeHtml(ToHtml(document, language)), summary, ids);
    }

    private MarkdownDocument? Parse(string markdown, string language, string sourcePath, int bodyLine, DiagnosticBag diagnostics)
    {
        try
        {
            var document = Markdig.Markdown.Parse(markdown, _pipelines.For(language));
            Typography.Apply(document, french: MarkdownPipelines.Primary(language) == "fr");

            CheckSchemes(document, sourcePath, bodyLine, diagnostics);
            return document;
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, new SourceLocation(sourcePath, bodyLine, 1),
                "the Markdown is nested too deeply to render", "reduce the nesting of lists, quotes or emphasis");
            return null;
        }
    }

    private string ToHtml(MarkdownDocument document, string language)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipelines.For(language).Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static void CheckSchemes(MarkdownDocument document, string sourcePath, int bodyLine, DiagnosticBag diagnostics)
    {
        foreach (var node in document.Descendants<Inline>())
        {
            var (url, line, column) = node switch
            {
                LinkInline link => (link.Url, link.Line, link.Column),
                AutolinkInline { IsEmail: false } auto => (auto.Url, auto.Line, auto.Column),
                _ => (null, 0, 0),
            };
            if (url is null || Scheme(url) is not { } scheme || AllowedSchemes.Contains(scheme))
            {
                continue;
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
    }

    private void ResolveLinks(MarkdownDocument document, Page page, DiagnosticBag diagnostics)
    {
        var sourceDirectory = page.SourcePath[..page.SourcePath.LastIndexOf('/')];
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url;
            if (string.IsNullOrEmpty(url) || url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) || Scheme(url) is not null)
            {
                continue;
            }

            if (url.StartsWith('/'))
            {
                link.Url = _urls.BasePath + url.TrimStart('/');
                continue;
            }

            var cut = url.IndexOfAny(['#', '?']);
            var path = cut < 0 ? url : url[..cut];
            var rest = cut < 0 ? string.Empty : url[cut..];
            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var target = Combine(sourceDirectory, Uri.UnescapeDataString(path));
            if (target is not null && _site.BySource.TryGetValue(target, out var targetPage))
            {
                link.Url = _urls.Path(targetPage.RelativeUrl) + rest;
                continue;
            }

            diagnostics.Error(DiagnosticCodes.LinkTargetMissing, new SourceLocation(page.SourcePath, page.Source!.BodyLine + link.Line, link.Column + 1),
                $"the link target '{path}' is not a page of this site{(target is null ? string.Empty : $" ({target})")}",
                "check the file name and language suffix; drafts are only published with --drafts");
        }
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

    private static string? Scheme(string url)
    {
        var trimmed = url.TrimStart();
        var colon = trimmed.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var candidate = trimmed[..colon];
        return candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(candidate[0]) ? candidate : null;
    }

    private static string PlainSummary(MarkdownDocument document)
    {
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph?.Inline is null)
        {
            return string.Empty;
        }

        var text = string.Concat(paragraph.Inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
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
