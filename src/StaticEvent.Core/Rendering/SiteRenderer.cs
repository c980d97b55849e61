using System.Text;
using StaticEvent.Checking;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Model;
using StaticEvent.Output;
using StaticEvent.Rendering.Documents;
using StaticEvent.Rendering.Markdown;

namespace StaticEvent.Rendering;

/// <summary>
/// Stages 5 and 6: renders every page (in parallel; each page's bytes depend only on the model,
/// so the output is the same whatever the order) and writes it with the feeds, sitemap,
/// redirects and static files. With a <see cref="RenderCache"/>, pages whose fingerprint did not change since
/// the previous build are not rendered again: their previous bytes are written as they were.
/// </summary>
public static class SiteRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The programme's exports in each language beside its programme page (calendar, c3voc JSON and
    /// XML, one calendar per session), and the default language's at the site root for apps.
    /// </summary>
    private static IEnumerable<RenderedFile> ScheduleExports(SiteModel site, Schedule.EventSchedule schedule, UrlBuilder urls, DateTimeOffset buildDate)
    {
        var options = Schedule.ScheduleExportOptions.FromConfig(
            site.Config,
            buildDate,
            (session, language) => new Uri(urls.Absolute(site.Language(language).Sessions[session.Id].RelativeUrl)),
            language => new Uri(urls.Absolute(site.Language(language).Programme!.RelativeUrl)));
        foreach (var localized in site.Languages)
        {
            var code = localized.Language.Code;
            var programme = localized.Programme!;
            yield return Schedule.IcsExporter.Calendar(schedule, code, options, ScheduleModel.ExportPath(programme, "ics"));
            yield return Schedule.C3vocJsonExporter.Export(schedule, code, options, ScheduleModel.ExportPath(programme, "json"));
            yield return Schedule.C3vocXmlExporter.Export(schedule, code, options, ScheduleModel.ExportPath(programme, "xml"));
            foreach (var session in schedule.Sessions)
            {
                yield return Schedule.IcsExporter.Session(schedule, session, code, options, ScheduleModel.SessionCalendarPath(programme, session));
            }
        }

        var defaultLanguage = site.Config.DefaultLanguage;
        yield return Schedule.IcsExporter.Calendar(schedule, defaultLanguage, options, "schedule.ics");
        yield return Schedule.C3vocJsonExporter.Export(schedule, defaultLanguage, options, "schedule.json");
        yield return Schedule.C3vocXmlExporter.Export(schedule, defaultLanguage, options, "schedule.xml");
    }

    public static IReadOnlyDictionary<string, int> Render(
        SiteModel site,
        RenderServices services,
        MarkdownRenderer markdown,
        StaticAssets assets,
        IFileSource source,
        IOutputSink sink,
        int parallelism,
        LinkIndex links,
        DiagnosticBag diagnostics,
        (RenderCache Cache, PageFingerprints Fingerprints)? incremental,
        CancellationToken cancellation)
    {
        var renderer = new PageRenderer(services, cancellation).WithFallbackLanguage(site.Config.Language(site.Config.DefaultLanguage));
        var defaultSite = site.Language(site.Config.DefaultLanguage);
        var jobs = site.AllPages.Select(p => (Page: p, Path: (string?)null)).ToList();
        jobs.Add((defaultSite.NotFound, "404.html"));

        var counts = site.Languages.ToDictionary(l => l.Language.Code, _ => 0, StringComparer.Ordinal);
        void Count(Page page, string? pathOverride, int files)
        {
            if (page.Language is { } language && pathOverride is null)
            {
                lock (counts)
                {
                    counts[language.Code] += files;
                }
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellation };

        // A full build renders every body first, on all threads: otherwise the thread that renders
        // a home page renders the bodies of all its articles alone while the other threads wait
        // for the ones it holds. (An incremental build renders only the bodies it needs.)
        if (incremental is null)
        {
            Parallel.ForEach(site.AllPages.Where(p => p.Source is not null), options, page => markdown.Render(page));
        }

        // The longest lists first, so that no big page is left for the end with one thread busy.
        jobs = [.. jobs.OrderByDescending(j => j.Page.Children.Count)];
        Parallel.ForEach(jobs, options, job =>
        {
            var key = job.Path ?? job.Page.OutputPath;
            var fingerprint = incremental?.Fingerprints.Of(job.Page);
            if (incremental is { } reuse && reuse.Cache.TryReuse(key, fingerprint!, out var previous))
            {
                diagnostics.AddRange(previous.Diagnostics);
                foreach (var (path, bytes, pageLinks) in previous.Files)
                {
                    sink.Write(path, bytes);
                    links.Add(path, pageLinks);
                }

                Count(job.Page, job.Path, previous.Files.Count);
                return;
            }

            var problems = new List<Diagnostics.Diagnostic>();
            var files = new List<(string, byte[], LinkIndex.PageLinks)>();
            using (DiagnosticBag.Tap(problems))
            {
                foreach (var file in renderer.Render(job.Page, job.Path))
                {
                    var bytes = Utf8.GetBytes(file.Text);
                    sink.Write(file.Path, bytes);
                    files.Add((file.Path, bytes, links.AddHtml(file.Path, job.Page.SourcePath, file.Text)));
                }
            }

            incremental?.Cache.Store(key, new RenderCache.PageRecord(fingerprint!, files, problems));
            Count(job.Page, job.Path, files.Count);
        });

        var urls = services.Urls;
        var documents = new List<RenderedFile> { SitemapDocument.Render(site, urls), RobotsDocument.Render(urls) };
        var fallbackDate = site.Config.BuildDate ?? DateTimeOffset.UnixEpoch;
        documents.AddRange(site.Languages.Select(l => AtomFeedDocument.Render(l, urls, markdown, fallbackDate)));
        if (site.Schedule is { } schedule)
        {
            documents.AddRange(ScheduleExports(site, schedule, urls, fallbackDate));
        }

        foreach (var document in documents)
        {
            sink.Write(document.Path, Utf8.GetBytes(document.Text));
            links.AddFile(document.Path);
        }

        // Redirect pages are HTML: their links are checked like a page's.
        foreach (var redirect in site.Redirects.Select(r => (Redirect: r, File: RedirectDocument.Render(r, urls))))
        {
            sink.Write(redirect.File.Path, Utf8.GetBytes(redirect.File.Text));
            links.AddHtml(redirect.File.Path, redirect.Redirect.Target.SourcePath, redirect.File.Text);
        }

        var copies = assets.Files.Select(f => (Source: f.Value, Output: f.Key)).Concat(site.Resources);
        // Pages and documents are written by now: a static file must not silently replace one.
        Parallel.ForEach(copies, options, copy =>
        {
            if (links.HasFile(copy.Output))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, new SourceLocation(copy.Source),
                    $"'{copy.Output}' would be written twice: by the site and by {copy.Source}", "rename or move the static file");
                return;
            }

            sink.Write(copy.Output, source.ReadAllBytes(copy.Source));
            links.AddFile(copy.Output);
        });
        return counts;
    }
}
