using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticEvent.Diagnostics;
using StaticEvent.Model;

namespace StaticEvent.Rendering;

/// <summary>
/// Renders one page through its layout and the <c>base</c> layout, splitting long lists into
/// numbered pages. Safe to call from several threads: each render has its own Scriban context.
/// </summary>
internal sealed class PageRenderer
{
    private readonly ThemeTemplates _templates;
    private readonly TemplateModel _model;
    private readonly IReadOnlyDictionary<string, ScriptObject> _functions;
    private readonly IReadOnlyDictionary<string, Template> _partials;
    private readonly DiagnosticBag _diagnostics;
    private readonly RenderLimits _limits;
    private readonly UrlBuilder _urls;
    private readonly int _pageSize;
    private readonly ScheduleModel? _schedule;

    // Scriban's built-in functions are stateless: one read-only copy serves every render on every thread.
    private static readonly ScriptObject Builtins = CreateBuiltins();

    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.IsReadOnly = true;
        return builtins;
    }
    private readonly CancellationToken _cancellation;

    // Contexts that finished a page cleanly, ready for the next one: a context costs 20 KiB and
    // its output buffer keeps its capacity, so each worker thread ends up reusing one.
    private readonly ConcurrentBag<TemplateContext> _idleContexts = [];

    public PageRenderer(RenderServices services, CancellationToken cancellation)
    {
        _templates = services.Templates;
        _model = services.Model;
        _functions = services.Functions;
        _partials = services.Partials;
        _diagnostics = services.Diagnostics;
        _limits = services.Limits;
        _urls = services.Urls;
        _pageSize = services.PageSize;
        _schedule = services.Schedule;
        _cancellation = cancellation;
    }

    /// <summary>The layouts tried for a page, most specific first (SPEC §6); the site's layouts/ wins over the theme's.</summary>
    public static IReadOnlyList<string> LayoutCandidates(Page page)
    {
        var section = page.Section.Length > 0 ? page.Section + "/" : string.Empty;
        IEnumerable<string> defaults = page.Kind switch
        {
            PageKind.Home => ["home", "list"],
            PageKind.Section => [section + "list", "list"],
            PageKind.Article => [section + "article", "article", "page"],
            PageKind.Page => ["page"],
            PageKind.Tag => ["tag", "list"],
            PageKind.NotFound => ["404"],
            PageKind.Schedule => ["schedule"],
            PageKind.Session => ["session"],
            PageKind.Speaker => ["speaker"],
            PageKind.TagIndex => ["tags", "list"],
            PageKind.SpeakerIndex => ["speakers", "list"],
            _ => ["languages"],
        };
        return page.Source?.FrontMatter.Layout is { } layout ? [layout] : defaults.ToList();
    }

    public IEnumerable<RenderedFile> Render(Page page, string? outputPathOverride = null)
    {
        var candidates = LayoutCandidates(page);
        var layoutPath = candidates.Select(_templates.Find).FirstOrDefault(p => p is not null);
        if (layoutPath is null)
        {
            var location = page.Source?.FrontMatter is { Layout: not null } frontMatter
                ? new SourceLocation(page.SourcePath, frontMatter.LayoutPosition.Line, frontMatter.LayoutPosition.Column)
                : new SourceLocation(_templates.ThemeRoot);
            _diagnostics.Error(DiagnosticCodes.LayoutNotFound, location,
                $"no layout for {page.Kind.ToString().ToLowerInvariant()} pages; looked for {string.Join(", ", candidates.SelectMany(c => _templates.Roots.Select(r => $"{r}/{c}{ThemeTemplates.Extension}")))}",
                "add one of these files, or fix the 'layout' front matter");
            yield break;
        }

        var layout = _templates.Get(layoutPath);
        if (layout is null)
        {
            yield break;
        }

        foreach (var (path, paginator) in Paginate(page, outputPathOverride))
        {
            if (RenderOne(page, layout, paginator) is { } html)
            {
                yield return new RenderedFile(path, html);
            }
        }
    }

    private IEnumerable<(string Path, ScriptObject Paginator)> Paginate(Page page, string? outputPathOverride)
    {
        var children = page.Children;
        var paginate = page.Kind is PageKind.Section or PageKind.Tag && children.Count > _pageSize;
        var total = paginate ? (children.Count + _pageSize - 1) / _pageSize : 1;
        var pageSlug = page.Language?.SlugFor("page") ?? "page";
        string RelativeUrl(int number) => number == 1 ? page.RelativeUrl : $"{page.RelativeUrl}{pageSlug}/{number}/";

        for (var number = 1; number <= total; number++)
        {
            var items = paginate ? children.Skip((number - 1) * _pageSize).Take(_pageSize) : children;
            var paginator = new ScriptObject
            {
                ["number"] = number,
                ["total"] = total,
                ["items"] = new ScriptArray(items.Select(_model.Page)),
                ["url"] = _urls.Path(RelativeUrl(number)),
                ["prev_url"] = number > 1 ? _urls.Path(RelativeUrl(number - 1)) : null,
                ["next_url"] = number < total ? _urls.Path(RelativeUrl(number + 1)) : null,
                ["first_url"] = _urls.Path(RelativeUrl(1)),
                ["last_url"] = _urls.Path(RelativeUrl(total)),
            };
            paginator.IsReadOnly = true;
            var relative = RelativeUrl(number);
            var path = number == 1 ? outputPathOverride ?? page.OutputPath : relative + "index.html";
            yield return (path, paginator);
        }
    }

    private string? RenderOne(Page page, Template layout, ScriptObject paginator)
    {
        var language = page.Language ?? _fallbackLanguage;
        var globals = new ScriptObject
        {
            ["site"] = _model.Site(page.Language ?? _fallbackLanguage),
            ["lang"] = language is null ? null : _model.Language(language),
            ["page"] = _model.Page(page),
            ["paginator"] = paginator,
            ["schedule"] = _schedule is not null && language is not null ? _schedule.Schedule(language) : null,
            ["session"] = page.Session is { } session && language is not null ? _schedule?.Session(session, language) : null,
            ["speaker"] = page.Speaker is { } speaker && language is not null ? _schedule?.Speaker(speaker, language) : null,
        };

        // One context and one time limit per page: its layout, then the base layout around it.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_cancellation);
        timeout.CancelAfter(_limits.PageTimeout);
        var context = _idleContexts.TryTake(out var idle) ? idle : NewContext();
        context.CancellationToken = timeout.Token;
        if (language is not null)
        {
            context.PushCulture(language.Culture);
            context.PushGlobal(_functions[language.Code]);
        }

        context.PushGlobal(globals);
        var html = Run(context, layout, page);
        if (html is not null && _templates.Find("base") is { } basePath && _templates.Get(basePath) is { } baseLayout)
        {
            globals["main"] = new SafeHtml(html);
            html = Run(context, baseLayout, page);
        }

        // A context a template failed in may hold half-evaluated state: it is not reused.
        if (html is not null)
        {
            context.PopGlobal();
            if (language is not null)
            {
                context.PopGlobal();
                context.PopCulture();
            }

            context.CancellationToken = CancellationToken.None;
            _idleContexts.Add(context);
        }

        return html;
    }

    private string? Run(TemplateContext context, Template template, Page page)
    {
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            var aborted = ex is ScriptAbortException && !_cancellation.IsCancellationRequested;
            var limit = aborted ? $"the render time limit ({_limits.PageTimeout.TotalSeconds:0} s per page, RenderLimits.PageTimeout)" : _limits.Describe(ex.OriginalMessage);
            // The page is kept apart from the message: one mistake in a layout fails every page
            // using it, and the bag reports it once with the number of pages.
            _diagnostics.Add(Diagnostic.WhileRendering(DiagnosticCodes.TemplateRuntime, Severity.Error,
                new SourceLocation(span.FileName ?? "(template)", span.Start.Line + 1, span.Start.Column + 1),
                aborted ? $"rendering took longer than {_limits.PageTimeout.TotalSeconds:0} s" : ex.OriginalMessage,
                limit is not null
                    ? $"a template limit stopped it: {limit}, built in and set above what the input limits let through (docs/errors.md, Limits): look for a loop or recursion that never ends, or text that keeps growing"
                    : ex.OriginalMessage.Contains("limit", StringComparison.OrdinalIgnoreCase) || ex.OriginalMessage.Contains("timed out", StringComparison.OrdinalIgnoreCase)
                        ? "a template limit stopped it (docs/errors.md, Limits): look for a loop or recursion that never ends, or text that keeps growing"
                        : "check the variable and function names against docs/themes.md",
                page.SourcePath));
            return null;
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            throw;
        }
    }

    private EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext(Builtins)
        {
            TemplateLoader = _templates,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = _limits.LoopLimit,
            RecursiveLimit = _limits.RecursiveLimit,
            LimitToString = _limits.StringLimit,
            OutputLimit = _limits.OutputLimit,

            // Scriban truncates at these limits by default, which would publish a cut page silently.
            OnStringLimit = ScriptLimitBehavior.Throw,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            ObjectRecursionLimit = 20,
            RegexTimeOut = TimeSpan.FromSeconds(2),
            MemberRenamer = member => member.Name,

            // Called only when a member does not exist: fails with the members that do.
            TryGetMember = UnknownMember.Fail,
        };
        foreach (var (name, partial) in _partials)
        {
            context.CachedTemplates[name] = partial;
        }

        return context;
    }

    private StaticEvent.Configuration.LanguageConfig? _fallbackLanguage;

    /// <summary>The language whose functions pages without a language (the root chooser) use.</summary>
    public PageRenderer WithFallbackLanguage(StaticEvent.Configuration.LanguageConfig language)
    {
        _fallbackLanguage = language;
        return this;
    }
}
