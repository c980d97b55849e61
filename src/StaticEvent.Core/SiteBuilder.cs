using System.Diagnostics;
using Scriban.Runtime;
using StaticEvent.Assembling;
using StaticEvent.Checking;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Discovery;
using StaticEvent.Model;
using StaticEvent.IO;
using StaticEvent.Output;
using StaticEvent.Parsing;
using StaticEvent.Rendering;
using StaticEvent.Rendering.Functions;
using StaticEvent.Rendering.Markup;
using StaticEvent.Programme;
using StaticEvent.Themes;

namespace StaticEvent;

/// <summary>
/// The build, stage by stage: config → discover → parse → assemble → render → write → check. This is the
/// only place that knows the order; each stage reads the previous one's product and reports into
/// one <see cref="DiagnosticBag"/>. The order matters: nothing renders while the input has errors.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds a site folder on disk into its output folder, atomically.</summary>
    public static BuildResult Build(BuildOptions options, CancellationToken cancellation = default) =>
        Build(new PhysicalFileSource(options.SourceDirectory), options, cancellation);

    /// <summary>
    /// Builds <paramref name="source"/> into the output folder on disk, atomically: an error or a
    /// cancellation (which throws) leaves the previous output as it was.
    /// </summary>
    public static BuildResult Build(IFileSource source, BuildOptions options, CancellationToken cancellation = default)
    {
        if (options.OutputDirectory is null)
        {
            return Build(source, sink: null, options, cancellation);
        }

        // The output is checked, then locked, before the site is built: a build that could never be
        // written fails at once, and two builds of one folder take turns.
        var diagnostics = new DiagnosticBag();
        if (OutputLocation.Check(options.SourceDirectory, options.OutputDirectory, diagnostics) is not { } plan)
        {
            return Refused(diagnostics);
        }

        try
        {
            using var gate = OutputLock.Acquire(plan.LockFile, options.WaitForOutput, options.OnWaitingForOutput, cancellation);
            if (gate is null)
            {
                diagnostics.Error(DiagnosticCodes.OutputLocked, new SourceLocation(plan.Display), "another build of this output folder is running",
                    "wait for it to finish, or leave out --no-wait to wait for it");
                return Refused(diagnostics);
            }

            return BuildStaged(source, plan, options, cancellation);
        }
        catch (Exception ex) when (IoFailure.IsIo(ex) || (ex is AggregateException all && all.Flatten().InnerExceptions.All(IoFailure.IsIo)))
        {
            var failure = ex is AggregateException many ? many.Flatten().InnerExceptions[0] : ex;
            var path = failure is OutputWriteException write ? $"{plan.Display}/{write.OutputPath}" : plan.Display;
            IoFailure.Writing(diagnostics, path, failure is OutputWriteException ? failure.InnerException! : failure);
            return Refused(diagnostics);
        }
    }

    private static BuildResult BuildStaged(IFileSource source, OutputPlan plan, BuildOptions options, CancellationToken cancellation)
    {
        using var staged = StagedOutput.Begin(plan);
        var result = Build(source, staged.Sink, options, cancellation);
        var swap = Stopwatch.StartNew();
        if (result.Succeeded && !(options.WarningsAsErrors && result.WarningCount > 0))
        {
            staged.Commit();
        }

        return result with
        {
            FilesWritten = staged.Sink.FilesWritten,
            Elapsed = result.Elapsed + swap.Elapsed,
            Stages = [.. result.Stages, new StageTime("swap", swap.Elapsed)],
        };
    }

    private static BuildResult Refused(DiagnosticBag diagnostics) => new(diagnostics.ToSortedList(), new Dictionary<string, int>(), 0, TimeSpan.Zero);

    /// <summary>Builds from any file source into any sink (memory in tests); a null sink only checks.</summary>
    public static BuildResult Build(IFileSource source, IOutputSink? sink, BuildOptions options, CancellationToken cancellation = default) =>
        Build(source, sink, options, cancellation, onAssembled: null);

    /// <summary>The build, with a look at the assembled site for callers that need more than files (the preview's review page).</summary>
    internal static BuildResult Build(IFileSource source, IOutputSink? sink, BuildOptions options, CancellationToken cancellation, Action<SiteModel, DateTimeOffset, UrlBuilder>? onAssembled, BuildCaches? caches = null)
    {
        var clock = new StageClock();
        var diagnostics = new DiagnosticBag();
        source = ThemeOverlaySource.Over(source);
        var counts = new Dictionary<string, int>() as IReadOnlyDictionary<string, int>;

        // 1. Configuration.
        var config = SiteConfigLoader.Load(source, diagnostics);
        if (config is not null)
        {
            config = ApplyOverrides(config, options, diagnostics);
        }

        clock.Lap("config");

        if (config is null)
        {
            return Finish(diagnostics, counts, clock);
        }

        // 2. Discovery, 3. parsing: every file is read (with caches: every file whose stamp changed), every problem reported.
        var inventory = ContentScanner.Scan(source, config, diagnostics);
        clock.Lap("discover");
        var documents = ContentParser.Parse(source, inventory.Pages, config, diagnostics, cancellation, caches?.Parses);
        clock.Lap("parse");
        var templates = new ThemeTemplates(source, config, diagnostics);
        if (!templates.ThemeExists)
        {
            diagnostics.Error(DiagnosticCodes.ThemeNotFound, new SourceLocation(SiteConfig.FileName), $"the theme '{config.Theme}' was not found in themes/{config.Theme}/",
                "set 'theme:' in site.yml to default (built into the tool) or to a folder under themes/");
        }

        templates.ParseAll();
        var partials = templates.Partials();
        config = config with { Params = ThemeParameters.Merge(config.Params, ThemeSettings.Load(source, config.Theme, diagnostics), diagnostics) };
        var catalog = I18nCatalog.Load(source, config, diagnostics);
        var schedule = ScheduleLoader.Load(source, config, diagnostics);
        clock.Lap("templates, i18n, data");
        if (diagnostics.HasErrors)
        {
            return Finish(diagnostics, counts, clock);
        }

        // 4. Assembly: URLs, translations, lists, menus.
        var now = config.BuildDate ?? options.Now ?? DateTimeOffset.UtcNow;
        var site = SiteAssembler.Assemble(documents, inventory.Resources, config, new AssemblyOptions(options.IncludeDrafts, now, (language, key) => catalog.Find(language, key)?.Text), diagnostics, schedule);
        clock.Lap("assemble");
        if (diagnostics.HasErrors)
        {
            return Finish(diagnostics, counts, clock, site, now, config.BuildDate is not null);
        }

        // 4b. Images: social cards and editors' images, measured and encoded (or found in the cache) before pages print their sizes.
        site.Media = Images.SiteMedia.Prepare(site, source, templates.Texts, caches?.Media ?? new Images.MediaCache(options.CacheDirectory), (language, key) => catalog.Find(language, key)?.Text, options.MaxParallelism, diagnostics);

        // 5. Render and 6. write.
        var urls = new UrlBuilder(config);
        if (onAssembled is not null)
        {
            onAssembled(site, now, urls);
            clock.Lap("review report");
        }

        var markdown = new MarkdownRenderer(new MarkdownPipelines(config.AllowHtml), site, urls, diagnostics, caches?.Renders);
        var assets = new StaticAssets(source, config, diagnostics);
        var model = new TemplateModel(site, urls, markdown, now);
        var functions = config.Languages.ToDictionary(
            l => l.Code,
            l => LanguageFunctions.Create(l, catalog, urls, assets, markdown, config.TimeZone, diagnostics),
            StringComparer.Ordinal) as IReadOnlyDictionary<string, ScriptObject>;
        var scheduleModel = schedule is null ? null : new ScheduleModel(site, schedule, urls, markdown);
        var services = new RenderServices(templates, model, functions, partials, urls, config.PageSize, new RenderLimits(), diagnostics, catalog, scheduleModel);
        var links = new LinkIndex(site.AllPages.Count() + site.Resources.Count);
        var incremental = caches is null ? ((RenderCache, PageFingerprints)?)null
            : (caches.Renders, new PageFingerprints(site, markdown, PageFingerprints.Global(source, config.Theme, options, now), caches.Renders.Bodies));
        clock.Lap("render setup");
        // --relative, --compress and hosting: act on each file as it is written; host files, listing them all, come last.
        var publisher = Publishing.OutputPublisher.For(sink, config, options);
        counts = SiteRenderer.Render(site, services, markdown, assets, source, publisher ?? sink ?? NullSink.Instance, options.MaxParallelism, links, diagnostics, incremental, cancellation);
        site.Media.Write(publisher ?? sink ?? NullSink.Instance, links, options.MaxParallelism, diagnostics);
        publisher?.WriteHostFiles(site, urls, links, diagnostics);
        clock.Lap("render and write");

        // 7. Check: every internal link and anchor of what was written resolves (pointless after render errors).
        if (!diagnostics.HasErrors)
        {
            LinkChecker.Check(links, config.BaseUrl, diagnostics, caches?.LinkChecks);
            clock.Lap("link check");
        }

        return Finish(diagnostics, counts, clock, site, now, config.BuildDate is not null);
    }

    private static SiteConfig? ApplyOverrides(SiteConfig config, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.BuildDate is { } date)
        {
            config = config with { BuildDate = date };
        }

        if (options.BaseUrl is null)
        {
            return config;
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, new SourceLocation("--base-url"), $"'{options.BaseUrl}' is not an absolute http(s) address");
            return null;
        }

        return config with { BaseUrl = uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/") };
    }

    private static BuildResult Finish(DiagnosticBag diagnostics, IReadOnlyDictionary<string, int> counts, StageClock clock, SiteModel? site = null, DateTimeOffset? now = null, bool nowIsFixed = false) =>
        new(diagnostics.ToSortedList(), counts, counts.Values.Sum(), clock.Elapsed) { Stages = clock.Stages, LeftOut = site?.LeftOut ?? [], ImagesEncoded = site?.Media.Encoded ?? 0, Now = now, NowIsFixed = nowIsFixed };

    private sealed class NullSink : IOutputSink
    {
        public static readonly NullSink Instance = new();

        public void Write(string path, ReadOnlySpan<byte> bytes)
        {
        }
    }
}
