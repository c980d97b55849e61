using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Model;

namespace StaticEvent.Images;

/// <summary>Editors' images: which files are measured and given variants, and where the variants go.</summary>
internal sealed partial class SiteMedia
{
    private void MeasureImages(SiteModel site, IFileSource source, int parallelism, DiagnosticBag diagnostics)
    {
        // Only images that pages show are measured (a file beside a page that nothing shows is copied
        // as it is): Markdown images, heroes (`image:`) and speakers' photos (`photo:`). Source path →
        // (widths, output paths of the original): bundle files go beside each translation, static
        // files to their own path.
        var bundled = site.Resources.ToLookup(r => r.Source, r => r.Output, StringComparer.Ordinal);
        var jobs = new Dictionary<string, (int[] Widths, List<string> Outputs)>(StringComparer.Ordinal);
        void Add(string sourcePath, IEnumerable<string> outputs, int[] widths)
        {
            if (!ImageProcessor.Handles(sourcePath))
            {
                return;
            }

            if (!jobs.TryGetValue(sourcePath, out var job))
            {
                jobs[sourcePath] = job = (widths, []);
            }

            job.Outputs.AddRange(outputs.Where(o => !job.Outputs.Contains(o, StringComparer.Ordinal)));
        }

        void AddReference(Page page, string reference)
        {
            if (reference.Length == 0 || reference.Contains("://", StringComparison.Ordinal) || reference.StartsWith("//", StringComparison.Ordinal) || reference.Contains(':'))
            {
                return;
            }

            var cut = reference.IndexOfAny(['#', '?']);
            var path = Uri.UnescapeDataString(cut < 0 ? reference : reference[..cut]);
            if (path.StartsWith('/'))
            {
                if (StaticFile(source, site, path.TrimStart('/')) is { } file)
                {
                    Add(file, [path.TrimStart('/')], ImageProcessor.PageWidths);
                }
            }
            else if (!path.Contains("..", StringComparison.Ordinal))
            {
                var file = page.SourcePath[..(page.SourcePath.LastIndexOf('/') + 1)] + path.TrimStart('.', '/');
                if (bundled.Contains(file))
                {
                    Add(file, bundled[file], ImageProcessor.PageWidths);
                }
            }
        }

        foreach (var page in site.AllPages.Where(p => p.Source is not null))
        {
            if (page.Source!.FrontMatter.Image is { } hero)
            {
                AddReference(page, hero);
            }

            foreach (System.Text.RegularExpressions.Match match in MarkdownImage().Matches(page.Source.Body))
            {
                AddReference(page, match.Groups["url"].Value.Trim('<', '>'));
            }
        }

        foreach (var speaker in site.Schedule?.Speakers ?? [])
        {
            if (speaker.Photo is { } photo && !photo.Contains("://", StringComparison.Ordinal) && StaticFile(source, site, photo) is { } path)
            {
                Add(path, [photo], ImageProcessor.PhotoWidths);
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        var problems = new DiagnosticBag();
        Parallel.ForEach(jobs.OrderBy(j => j.Key, StringComparer.Ordinal), options, job =>
        {
            byte[] bytes;
            try
            {
                // Larger files are refused (SE111) where they are found; nothing more to say here.
                if (source.Length(job.Key) > CopiedFiles.MaxBytes)
                {
                    return;
                }

                bytes = source.ReadAllBytes(job.Key);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return;
            }

            if (ImageProcessor.Process(job.Key, bytes, job.Value.Widths, _cache!, problems) is not var (image, files))
            {
                return;
            }

            _images[job.Key] = image;
            foreach (var output in job.Value.Outputs)
            {
                var folder = output[..(output.LastIndexOf('/') + 1)];
                foreach (var (name, encoded) in files)
                {
                    _files.Add((folder + name, encoded));
                }
            }
        });
        diagnostics.AddRange(problems.ToSortedList());

        var signature = Rendering.HashWriter.Start();
        foreach (var (path, image) in _images.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            signature.Add(path).Add(image.Width).Add(image.Height).Add(string.Join(",", image.Variants.Select(v => v.FileName)));
        }

        Signature = signature.Finish();
    }

    // ![alt](url "title"): a rough first look at a body (the renderer parses it properly); a
    // reference-style image is not seen here and is printed without a size.
    [System.Text.RegularExpressions.GeneratedRegex(@"!\[[^\]]*\]\(\s*(?<url><[^>]*>|[^)\s]+)")]
    private static partial System.Text.RegularExpressions.Regex MarkdownImage();

    // The site's static/ wins over the theme's, as for the copy.
    private static string? StaticFile(IFileSource source, SiteModel site, string relative)
    {
        foreach (var root in new[] { "static/", $"themes/{site.Config.Theme}/static/" })
        {
            if (!relative.Contains("..", StringComparison.Ordinal) && source.FileExists(root + relative))
            {
                return root + relative;
            }
        }

        return null;
    }
}
