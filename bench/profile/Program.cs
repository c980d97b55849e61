using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Scriban.Runtime;
using StaticEvent;
using StaticEvent.Assembling;
using StaticEvent.Checking;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Discovery;
using StaticEvent.IO;
using StaticEvent.Model;
using StaticEvent.Output;
using StaticEvent.Parsing;
using StaticEvent.Rendering;
using StaticEvent.Rendering.Documents;
using StaticEvent.Rendering.Functions;
using StaticEvent.Rendering.Markup;
using StaticEvent.Programme;
using StaticEvent.Bench.Profile;

// A build of one site, stage by stage, with a Stopwatch, CPU time, allocations and GCs around
// each stage. It calls the engine's own stage types in SiteBuilder's order, but finishes each
// stage before the next (markdown before the template model before the templates, all output
// in memory before writing), so the cost of each is seen apart. Its total is not the CLI's.
//
//   dotnet run -c Release --project bench/profile -- SITE [--parallelism N] [--output DIR]
//   dotnet run -c Release --project bench/profile -- SITE --rebuilds N --article content/PATH.md
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: profile SITE [--parallelism N] [--output DIR]");
    return 2;
}

var siteFolder = Path.GetFullPath(args[0]);
if (Option("--rebuilds") is { } rebuilds)
{
    return Rebuilds.Run(siteFolder, int.Parse(rebuilds, System.Globalization.CultureInfo.InvariantCulture), Option("--article") ?? throw new ArgumentException("--rebuilds needs --article content/PATH.md"));
}

var parallelism = Option("--parallelism") is { } p ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
var output = Option("--output") ?? Path.Combine(Path.GetTempPath(), "staticevent-profile-out");
var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var probe = new StageProbe();
Console.WriteLine($"site {siteFolder}, {parallelism} thread(s), server GC {System.Runtime.GCSettings.IsServerGC}, {Environment.ProcessorCount} cores");

var source = new PhysicalFileSource(siteFolder);
var diagnostics = new DiagnosticBag();
var config = probe.Run("config (site.yml)", () => SiteConfigLoader.Load(source, diagnostics)) ?? throw new InvalidOperationException("no site.yml");
var inventory = probe.Run("discover (list content/, globs)", () => ContentScanner.Scan(source, config, diagnostics));

// Reading alone, through the engine's file source and then plainly, to see the cost of its checks.
probe.Run("  read only: PhysicalFileSource.ReadAllBytes", () => Parallel.ForEach(inventory.Pages, options, f => source.ReadAllBytes(f.SourcePath)));
probe.Run("  read only: File.ReadAllBytes", () => Parallel.ForEach(inventory.Pages, options, f => File.ReadAllBytes(Path.Combine(siteFolder, f.SourcePath))));
var documents = probe.Run("parse (read, UTF-8, front matter YAML)", () => ContentParser.Parse(source, inventory.Pages, config, diagnostics));

var (templates, partials, catalog, schedule) = probe.Run("theme: layouts, partials, i18n, schedule data", () =>
{
    var t = new ThemeTemplates(source, config, diagnostics);
    t.ParseAll();
    return (t, t.Partials(), I18nCatalog.Load(source, config, diagnostics), ScheduleLoader.Load(source, config, diagnostics));
});
var now = config.BuildDate ?? DateTimeOffset.UtcNow;
var site = probe.Run("assemble (URLs, translations, lists, tags)", () =>
    SiteAssembler.Assemble(documents, inventory.Resources, config, new AssemblyOptions(false, now), diagnostics, schedule));
if (diagnostics.HasErrors)
{
    foreach (var d in diagnostics.ToSortedList().Where(d => d.IsError).Take(10))
    {
        Console.Error.WriteLine(d);
    }

    return 1;
}

var urls = new UrlBuilder(config);
var pipelines = new MarkdownPipelines(config.AllowHtml);
var markdown = new MarkdownRenderer(pipelines, site, urls, diagnostics);
var withSource = site.AllPages.Where(pg => pg.Source is not null).ToList();

// Markdig alone on the same bodies (one thread), split into parse, typography and HTML.
MarkdownSplit.Run(probe, withSource, pipelines);
probe.Run("markdown (engine: parse, links, ids, summary, HTML)", () => Parallel.ForEach(withSource, options, pg => markdown.Render(pg)));

var assets = new StaticAssets(source, config, diagnostics);
var model = new TemplateModel(site, urls, markdown, now);
probe.Run("template model (page objects for Scriban)", () => Parallel.ForEach(site.AllPages, options, pg => model.Page(pg)));

var functions = config.Languages.ToDictionary(
    l => l.Code,
    l => LanguageFunctions.Create(l, catalog, urls, assets, markdown, config.TimeZone, diagnostics),
    StringComparer.Ordinal) as IReadOnlyDictionary<string, ScriptObject>;
var scheduleModel = schedule is null ? null : new ScheduleModel(site, schedule, urls, markdown);
var services = new RenderServices(templates, model, functions, partials, urls, config.PageSize, new RenderLimits(), diagnostics, catalog, scheduleModel);
var renderer = new PageRenderer(services, CancellationToken.None).WithFallbackLanguage(config.Language(config.DefaultLanguage));
var jobs = site.AllPages.Select(pg => (Page: pg, Path: (string?)null)).ToList();
jobs.Add((site.Language(config.DefaultLanguage).NotFound, "404.html"));

var rendered = new ConcurrentBag<(string Path, byte[] Bytes)>();
var texts = new ConcurrentBag<RenderedFile>();
var byKind = new ConcurrentDictionary<string, long[]>();
probe.Run("templates (Scriban) + UTF-8 encoding", () => Parallel.ForEach(jobs, options, job =>
{
    var started = Stopwatch.GetTimestamp();
    long bytes = 0;
    foreach (var file in renderer.Render(job.Page, job.Path))
    {
        var encoded = utf8.GetBytes(file.Text);
        bytes += encoded.Length;
        rendered.Add((file.Path, encoded));
        texts.Add(file);
    }

    var kind = byKind.GetOrAdd(job.Page.Kind.ToString(), _ => new long[3]);
    Interlocked.Add(ref kind[0], Stopwatch.GetTimestamp() - started);
    Interlocked.Increment(ref kind[1]);
    Interlocked.Add(ref kind[2], bytes);
}));

var documentsOut = probe.Run("documents (sitemap, feeds, robots)", () =>
{
    var list = new List<RenderedFile> { SitemapDocument.Render(site, urls), RobotsDocument.Render(urls) };
    list.AddRange(site.Languages.Select(l => AtomFeedDocument.Render(l, urls, markdown, config.BuildDate ?? DateTimeOffset.UnixEpoch)));
    return list;
});
foreach (var document in documentsOut)
{
    rendered.Add((document.Path, utf8.GetBytes(document.Text)));
}

var links = new LinkIndex();
probe.Run("link index (scan every page's HTML for links and ids)", () => Parallel.ForEach(texts, options, f => links.AddHtml(f.Path, f.Path, f.Text)));
foreach (var document in documentsOut)
{
    links.AddFile(document.Path);
}

probe.Run("link check (every internal link and anchor)", () => LinkChecker.Check(links, config.BaseUrl, diagnostics));
texts.Clear();

Clean(output);
var sink = new DirectoryOutputSink(output);
probe.Run("write (DirectoryOutputSink: checks, mkdir, FileStream)", () => Parallel.ForEach(rendered, options, f => sink.Write(f.Path, f.Bytes)));
Clean(output + "-plain");
probe.Run("  write again: CreateDirectory + File.WriteAllBytes", () => Parallel.ForEach(rendered, options, f =>
{
    var full = Path.Combine(output + "-plain", f.Path);
    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
    File.WriteAllBytes(full, f.Bytes);
}));
probe.Run("  lookups: 3 × FileExists per page (layout, base)", () => Parallel.ForEach(jobs, options, job =>
{
    source.FileExists("layouts/article.sbn");
    source.FileExists($"themes/{config.Theme}/layouts/article.sbn");
    source.FileExists($"themes/{config.Theme}/layouts/base.sbn");
}));
probe.Run("  lookups: 3 × File.Exists per page", () => Parallel.ForEach(jobs, options, job =>
{
    File.Exists(Path.Combine(siteFolder, "layouts/article.sbn"));
    File.Exists(Path.Combine(siteFolder, $"themes/{config.Theme}/layouts/article.sbn"));
    File.Exists(Path.Combine(siteFolder, $"themes/{config.Theme}/layouts/base.sbn"));
}));

probe.Print();
Console.WriteLine();
Console.WriteLine("templates by page kind (thread time, summed over threads):");
Console.WriteLine($"  {"kind",-16} {"pages",7} {"ms",9} {"ms/page",9} {"MiB out",9}");
foreach (var (kind, v) in byKind.OrderByDescending(k => k.Value[0]))
{
    var ms = v[0] * 1000.0 / Stopwatch.Frequency;
    Console.WriteLine($"  {kind,-16} {v[1],7} {ms,9:0} {ms / v[1],9:0.00} {v[2] / 1048576.0,9:0.0}");
}

Micro.Run(partials, functions[config.DefaultLanguage], config.Language(config.DefaultLanguage).Culture);
Console.WriteLine($"output: {rendered.Count} files, {rendered.Sum(r => (long)r.Bytes.Length) / 1048576.0:0.0} MiB; source bodies {documents.Sum(d => (long)d.Body.Length) * 2 / 1048576.0:0.0} MiB as UTF-16");
Clean(output);
Clean(output + "-plain");
return 0;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static void Clean(string folder)
{
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }
}
