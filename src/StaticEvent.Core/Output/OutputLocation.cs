using StaticEvent.Diagnostics;
using StaticEvent.IO;

namespace StaticEvent.Output;

/// <summary>
/// Checks the output folder before anything is built, so that a build that could never be written
/// fails in a second with a coded error instead of after the whole site, or with a stack trace:
/// not a file, not a dangling link, not inside the site's input, not a folder of someone else's
/// files; then decides between the swap and writing in place.
/// </summary>
internal static class OutputLocation
{
    /// <summary>The hidden folder beside the output holding staging folders and the lock; never inside content/.</summary>
    public const string WorkFolderName = ".staticevent";

    /// <summary>Folders of the site a build reads: an output inside one would be read back into the next build.</summary>
    public static readonly IReadOnlyList<string> InputFolders = ["content", "data", "static", "themes", "layouts", "i18n"];

    /// <summary>The plan, or null with the reason reported into <paramref name="diagnostics"/>.</summary>
    public static OutputPlan? Check(string siteFolder, string outputFolder, DiagnosticBag diagnostics)
    {
        var site = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteFolder));
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var display = Display(site, output);
        try
        {
            return Plan(site, output, display, diagnostics);
        }
        catch (Exception ex) when (IoFailure.IsIo(ex))
        {
            IoFailure.Writing(diagnostics, display, ex);
            return null;
        }
    }

    private static OutputPlan? Plan(string site, string output, string display, DiagnosticBag diagnostics)
    {
        // A link is followed to the folder it names; one that leads nowhere or to a file is refused.
        if (new FileInfo(output).LinkTarget is not null)
        {
            var target = new FileInfo(output).ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || (!Directory.Exists(target.FullName) && !File.Exists(target.FullName)))
            {
                return Unusable(diagnostics, display, "the output is a symbolic link that leads to nothing", "remove the link, or point it at a folder");
            }

            output = Path.TrimEndingDirectorySeparator(target.FullName);
        }

        if (File.Exists(output))
        {
            return Unusable(diagnostics, display, "the output names a file, not a folder", "choose a folder with --output (it is created when missing), or remove the file");
        }

        var realSite = PhysicalFileSource.RealPath(site) ?? site;
        var realOutput = PhysicalFileSource.RealPath(output) ?? output;
        if (IsUnder(realSite, realOutput))
        {
            diagnostics.Error(DiagnosticCodes.PathEscapesOutput, new SourceLocation(display), "the output folder contains the site folder; a build would replace the site's own files",
                "choose an output folder inside or beside the site, e.g. public/");
            return null;
        }

        if (InputFolders.FirstOrDefault(f => IsUnder(realOutput, Path.Combine(realSite, f))) is { } input)
        {
            diagnostics.Error(DiagnosticCodes.OutputInsideInput, new SourceLocation(display), $"the output folder is inside {input}/, which the build reads: every build would publish the previous one again",
                "choose an output folder outside content/, data/, static/, themes/, layouts/ and i18n/, e.g. public/ (the default)");
            return null;
        }

        var parent = Path.GetDirectoryName(output)!;
        if (FirstFileOnTheWay(parent) is { } file)
        {
            return Unusable(diagnostics, display, $"'{file}' on the way to the output is a file, not a folder", "choose another folder with --output, or remove the file");
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, StagedOutput.MarkerFile)))
        {
            diagnostics.Error(DiagnosticCodes.PathEscapesOutput, new SourceLocation(display),
                $"the output folder '{output}' holds files StaticEvent did not write; empty it or choose another with --output");
            return null;
        }

        Directory.CreateDirectory(parent);
        if (Directory.Exists(output) && MountPoints.IsMountPoint(realOutput))
        {
            return new OutputPlan(output, display, output, InPlace: true);
        }

        try
        {
            var work = Path.Combine(parent, WorkFolderName);
            Directory.CreateDirectory(work);
            return new OutputPlan(output, display, work, InPlace: false);
        }
        catch (Exception ex) when (IoFailure.IsIo(ex) && Directory.Exists(output))
        {
            // The parent may not be written (a read-only mount holding a writable volume): write in place.
            return new OutputPlan(output, display, output, InPlace: true);
        }
    }

    private static OutputPlan? Unusable(DiagnosticBag diagnostics, string display, string message, string hint)
    {
        diagnostics.Error(DiagnosticCodes.OutputUnusable, new SourceLocation(display), message, hint);
        return null;
    }

    private static string? FirstFileOnTheWay(string folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
            {
                return current;
            }

            if (Directory.Exists(current))
            {
                return null;
            }
        }

        return null;
    }

    private static string Display(string site, string output)
    {
        var relative = Path.GetRelativePath(site, output);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? output : relative).Replace('\\', '/');
    }

    private static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
