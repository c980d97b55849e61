using System.Collections.Concurrent;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Discovery;
using StaticEvent.IO;
using StaticEvent.Rendering.Markdown;
using StaticEvent.Yaml;

namespace StaticEvent.Parsing;

/// <summary>
/// Stage 3: reads every content file (in parallel), checks its encoding and front matter, and
/// keeps the Markdown body for rendering. A bad file is reported and left out; the rest go on.
/// </summary>
public static class ContentParser
{
    public static IReadOnlyList<SourceDocument> Parse(IFileSource source, IReadOnlyList<ContentFile> files, SiteConfig config, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        var results = new ConcurrentBag<SourceDocument>();
        var options = new ParallelOptions { CancellationToken = cancellation };
        Parallel.ForEach(files, options, file =>
        {
            if (ParseOne(source, file, config, diagnostics) is { } document)
            {
                results.Add(document);
            }
        });

        return results.OrderBy(d => d.File.SourcePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>Titles and summaries get the same typography as the body (d’INTERPOL, « » and no-break spaces in French).</summary>
    private static FrontMatter Typeset(FrontMatter frontMatter, string language)
    {
        var french = language.Split('-')[0] == "fr";
        string? Fix(string? text) => text is null ? null : Typography.Fix(text, french);
        return frontMatter with { Title = Fix(frontMatter.Title)!, Description = Fix(frontMatter.Description), Summary = Fix(frontMatter.Summary) };
    }

    public static SourceDocument? ParseOne(IFileSource source, ContentFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = source.ReadAllBytes(file.SourcePath);
        }
        catch (IOException ex)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceLocation(file.SourcePath), $"the file cannot be read: {ex.Message}");
            return null;
        }

        var text = TextDecoder.Decode(bytes, file.SourcePath, diagnostics);
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
        diagnostics.AddRange(local.ToSortedList());
        return frontMatter is null || local.HasErrors ? null : new SourceDocument(file, Typeset(frontMatter, file.Language), split.Body, split.BodyLine);
    }
}
