using StaticEvent.Diagnostics;

namespace StaticEvent.IO;

/// <summary>
/// Files the build copies to the output as they are — static files and the files beside pages —
/// which it reads whole into memory: their size is checked where they are found.
/// </summary>
internal static class CopiedFiles
{
    /// <summary>Above this a file belongs on a media server; it also keeps each copy under .NET's 2 GB read limit.</summary>
    public const long MaxBytes = 1L << 30;

    /// <summary>True when <paramref name="path"/> can be copied; otherwise reports why (SE111, SE112).</summary>
    public static bool Check(IFileSource source, string path, DiagnosticBag diagnostics)
    {
        try
        {
            var length = source.Length(path);
            if (length <= MaxBytes)
            {
                return true;
            }

            diagnostics.Error(DiagnosticCodes.FileTooLarge, new SourceLocation(path),
                $"the file is {length:N0} bytes; files copied to the site are limited to {MaxBytes:N0}", "host large media elsewhere and link to it");
        }
        catch (Exception ex) when (IoFailure.IsIo(ex))
        {
            IoFailure.ReadingFile(diagnostics, path, ex);
        }

        return false;
    }
}
