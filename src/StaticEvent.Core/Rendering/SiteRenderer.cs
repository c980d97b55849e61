using System.Runtime.CompilerServices;
using System.Text;
using StaticEvent.Checking;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Model;
using StaticEvent.Output;
using StaticEvent.Rendering.Documents;
using StaticEvent.Rendering.Markup;

namespace StaticEvent.Rendering;

/// <summary>
/// Stages 5 and 6: renders every page (in parallel; each page's bytes depend only on the model,
/// so the output is the same whatever the order) and writes it with the site's documents
/// (<see cref="SiteDocuments"/>) and static files. With a <see cref="RenderCache"/>, pages whose fingerprint did not change since
/// the previous build are not rendered again: their previous bytes are written as they were.
/// </summary>
internal static class SiteRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

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

        // One counter per language, added to without a lock: 10,000 reused pages would otherwise queue on one.
        var counters = site.Languages.ToDictionary(l => l.Language.Code, _ => new StrongBox<int>(), StringComparer.Ordinal);
        void Count(Page page, string? pathOverride, int files)
        {
            if (page.Language is { } language && pathOverride is null)
            {
                Interlocked.Add(ref counters[language.Code].Value, files);
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
            if (incremental is { } reuse && reuse.Cache.TryReuse(key, r => reuse.Fingerprints.WithBodies(fingerprint!, r.BodiesRead), out var previous))
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
            var bodiesRead = new HashSet<string>(StringComparer.Ordinal);
            using (DiagnosticBag.Tap(problems))
            using (incremental is null ? null : BodyReads.Track(bodiesRead))
            {
                foreach (var file in renderer.Render(job.Page, job.Path))
                {
                    var bytes = Utf8.GetBytes(file.Text);
                    sink.Write(file.Path, bytes);
                    files.Add((file.Path, bytes, links.AddHtml(file.Path, job.Page.SourcePath, file.Text)));
                }
            }

            if (incremental is { } store)
            {
                // Its own body is in its fingerprint already.
                bodiesRead.Remove(job.Page.SourcePath);
                string[] read = [.. bodiesRead.Order(StringComparer.Ordinal)];
                store.Cache.Store(key, new RenderCache.PageRecord(store.Fingerprints.WithBodies(fingerprint!, read), read, files, problems));
            }

            Count(job.Page, job.Path, files.Count);
        });

        var documentFingerprints = incremental is { } cached ? new DocumentFingerprints(site, markdown, cached.Fingerprints.SiteWide) : null;
        new SiteDocuments(sink, links, incremental?.Cache, documentFingerprints).Write(site, services.Urls, markdown, services.Strings);

        var copies = assets.Files.SelectMany(f => new[] { (Source: f.Value, Output: f.Key), (Source: f.Value, Output: assets.FingerprintedPath(f.Key)!) })
            .Concat(site.Resources);
        // Pages and documents are written by now: a static file must not silently replace one.
        Parallel.ForEach(copies, options, copy =>
        {
            if (links.HasFile(copy.Output))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, new SourceLocation(copy.Source),
                    $"'{copy.Output}' would be written twice: by the site and by {copy.Source}", "rename or move the static file");
                return;
            }

            byte[] bytes;
            try
            {
                bytes = source.ReadAllBytes(copy.Source);
            }
            catch (Exception ex) when (IoFailure.IsIo(ex))
            {
                // Removed or locked since it was listed: SE112, and the build fails.
                IoFailure.ReadingFile(diagnostics, copy.Source, ex);
                return;
            }

            sink.Write(copy.Output, bytes);
            links.AddFile(copy.Output);
        });
        return counters.ToDictionary(c => c.Key, c => c.Value.Value, StringComparer.Ordinal);
    }
}
