using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Model;

namespace StaticEvent.Images;

/// <summary>Editors' images: which files are measured and given variants, and where the variants go.</summary>
public sealed partial class SiteMedia
{
    private void MeasureImages(SiteModel site, IFileSource source, int parallelism, DiagnosticBag diagnostics)
    {
        // Source path → (widths, output paths of the original): bundle files beside each translation,
        // static files that a page's `image:` or a speaker's `photo:` names at their own path.
        var jobs = new Dictionary<string, (int[] Widths, List<string> Outputs)>(StringComparer.Ordinal);
        void Add(string sourcePath, string output, int[] widths)
        {
            if (!ImageProcessor.Handles(sourcePath))
            {
                return;
            }

            if (!jobs.TryGetValue(sourcePath, out var job))
            {
                jobs[sourcePath] = job = (widths, []);
            }

            if (!job.Outputs.Contains(output, StringComparer.Ordinal))
            {
                job.Outputs.Add(output);
            }
        }

        foreach (var (sourcePath, output) in site.Resources)
        {
            Add(sourcePath, output, ImageProcessor.PageWidths);
        }

        foreach (var page in site.AllPages)
        {
            if (page.Source?.FrontMatter.Image is ['/', .. var image] && StaticFile(source, site, image) is { } path)
            {
                Add(path, image, ImageProcessor.PageWidths);
            }
        }

        foreach (var speaker in site.Schedule?.Speakers ?? [])
        {
            if (speaker.Photo is { } photo && !photo.Contains("://", StringComparison.Ordinal) && StaticFile(source, site, photo) is { } path)
            {
                Add(path, photo, ImageProcessor.PhotoWidths);
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
