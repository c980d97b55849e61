using System.Collections.Concurrent;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Discovery;
using StaticEvent.IO;
using StaticEvent.Rendering.Markup;
using StaticEvent.Yaml;
using StaticEvent.Text;

namespace StaticEvent.Parsing;

/// <summary>
/// Stage 3: reads every content file (in parallel), checks its encoding and front matter, and
/// keeps the Markdown body for rendering. A bad file is reported and left out; the rest go on.
/// </summary>
internal static class ContentParser
{
    /// <summary>
    /// Parses <paramref name="files"/>; with a <paramref name="cache"/> (the preview), a file whose
    /// stamp did not change since the last parse is not read again.
    /// </summary>
    public static IReadOnlyList<SourceDocument> Parse(IFileSource source, IReadOnlyList<ContentFile> files, SiteConfig config, DiagnosticBag diagnostics, CancellationToken cancellation = default, ParseCache? cache = null)
    {
        cache?.Begin(source);
        var results = new ConcurrentBag<SourceDocument>();
        var options = new ParallelOptions { CancellationToken = cancellation };
        Parallel.ForEach(files, options, file =>
        {
            var document = cache is null ? ParseOne(source, file, config, diagnostics) : ParseCached(source, file, config, diagnostics, cache);
            if (document is not null)
            {
                results.Add(document);
            }
        });

        cache?.End(files);
        return results.OrderBy(d => d.File.SourcePath, StringComparer.Ordinal).ToList();
    }

    private static SourceDocument? ParseCached(IFileSource source, ContentFile file, SiteConfig config, DiagnosticBag diagnostics, ParseCache cache)
    {
        if (cache.TryReuseUnwatched(file, out var unchanged, out var unchangedProblems))
        {
            diagnostics.AddRange(unchangedProblems);
            return unchanged;
        }

        // The stamp is taken before reading: a write during the read then changes it for next time.
        var stamp = source.Stamp(file.SourcePath);
        if (cache.TryReuse(file, stamp, out var reused, out var problems))
        {
            diagnostics.AddRange(problems);
            return reused;
        }

        var local = new DiagnosticBag();
        var document = ParseOne(source, file, config, local);
        problems = local.ToSortedList();
        diagnostics.AddRange(problems);
        cache.Store(file, stamp, document, problems);
        return document;
    }

    /// <summary>Titles and summaries get the same typography as the body (d’INTERPOL, « » and no-break spaces in French).</summary>
    private static FrontMatter Typeset(FrontMatter frontMatter, string language)
    {
        var french = MarkdownPipelines.Primary(language) == "fr";
        string? Fix(string? text) => text is null ? null : Typography.Fix(text, french);
        return frontMatter with { Title = Fix(frontMatter.Title)!, Description = Fix(frontMatter.Description), Summary = Fix(frontMatter.Summary) };
    }

    public static SourceDocument? ParseOne(IFileSource source, ContentFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var text = TextDecoder.Read(source, file.SourcePath, diagnostics);
        if (text is null)
        {
            return null;
        }

        var split = FrontMatterSplitter.Split(text);
        if (split.Unterminated)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterUnterminated, new SourceLocation(file.SourcePath, 1, 1),
                "the front matter opened with '---' is never closed", "add a line '---' after the last front matter line");
            return null;
        }

        if (split.FrontMatter is null)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceLocation(file.SourcePath, 1, 1),
                "the file has no front matter; every page needs at least a title",
                "start the file with three lines: '---', 'title: …', '---'");
            return null;
        }

        // Problems of this one file are gathered apart, so a YAML error is not also reported as "empty".
        var local = new DiagnosticBag();
        var root = YamlDocumentReader.Read(split.FrontMatter, file.SourcePath, split.FrontMatterLine - 1, local);
        var frontMatter = local.HasErrors ? null : FrontMatterReader.Read(root, split.FrontMatterLine - 1, file.SourcePath, config, local);
        MarkdownLimits.Check(split.Body, file.SourcePath, split.BodyLine, local);
        diagnostics.AddRange(local.ToSortedList());
        return frontMatter is null || local.HasErrors ? null : new SourceDocument(file, Typeset(frontMatter, file.Language), split.Body, split.BodyLine);
    }
}
