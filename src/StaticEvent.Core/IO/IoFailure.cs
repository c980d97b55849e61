using StaticEvent.Diagnostics;

namespace StaticEvent.IO;

/// <summary>
/// The one place that turns an operating-system failure into a diagnostic: a code, the path, what
/// went wrong in words and a hint. Reads become SE112 (a file) or SE114 (a folder); writes of the
/// output become SE509. Every stage that touches the disk and the build's last safety net go
/// through here, so the same failure reads the same wherever it happens.
/// </summary>
internal static class IoFailure
{
    // errno values (Linux; macOS shares the low ones): .NET keeps the raw errno in HResult for
    // the failures it has no exception type for.
    private const int ENOENT = 2;
    private const int EIO = 5;
    private const int EBUSY = 16;
    private const int ENOTDIR = 20;
    private const int EISDIR = 21;
    private const int ENOSPC = 28;
    private const int EROFS = 30;
    private const int EDQUOT = 122;

    /// <summary>True for the exceptions that mean "the disk said no", as opposed to a bug.</summary>
    public static bool IsIo(Exception exception) => exception is IOException or UnauthorizedAccessException;

    /// <summary>SE112: a site file that exists (it was listed) but cannot be read.</summary>
    public static void ReadingFile(DiagnosticBag diagnostics, string path, Exception exception) =>
        diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceLocation(path), $"the file cannot be read: {Why(exception)}", ReadHint(exception));

    /// <summary>SE114: a folder of the site that exists but cannot be listed; what is in it would be left out.</summary>
    public static void ReadingFolder(DiagnosticBag diagnostics, string path, string why) =>
        diagnostics.Error(DiagnosticCodes.FolderUnreadable, new SourceLocation(path), $"the folder cannot be read ({why}); its files would be left out of the site",
            "give yourself read and search permission on it (chmod u+rx), or remove it");

    /// <summary>SE509: writing the output failed; <paramref name="path"/> is where, as the user named it.</summary>
    public static void Writing(DiagnosticBag diagnostics, string path, Exception exception) =>
        diagnostics.Error(DiagnosticCodes.OutputWriteFailed, new SourceLocation(path), $"the output cannot be written: {Why(exception)}; the previous output was kept", WriteHint(exception));

    /// <summary>What happened, in words, without .NET's exception type or a stack.</summary>
    public static string Why(Exception exception) => Kind(exception) switch
    {
        Failure.NoSpace => "no space left on the device",
        Failure.ReadOnly => "the file system is read-only",
        Failure.Denied => "permission denied",
        Failure.Missing => "it does not exist (any more)",
        Failure.NotAFolder => "a part of the path is a file, not a folder",
        Failure.IsAFolder => "it is a folder, not a file",
        Failure.Busy => "the device or resource is busy",
        Failure.Hardware => "an input/output error of the device",
        _ => exception.Message,
    };

    private static string ReadHint(Exception exception) => Kind(exception) switch
    {
        Failure.Denied => "give yourself read permission on it (chmod u+r), or remove it",
        Failure.Missing => "a file was removed during the build: run the build again once files stop moving",
        _ => "check that the file exists and that you may read it",
    };

    private static string WriteHint(Exception exception) => Kind(exception) switch
    {
        Failure.NoSpace => "free some space on the output's disk (the build needs room for a second copy of the site), or choose another folder with --output",
        Failure.ReadOnly => "the output is on a read-only file system: remount it read-write, or choose another folder with --output",
        Failure.Denied => "give yourself write permission on the output folder and the folder that holds it, or choose another with --output",
        Failure.Missing => "the output folder was removed during the build: run the build again",
        Failure.Busy => "the output is a mount point or in use, so it cannot be replaced: build into a folder inside it, or beside it, and copy",
        _ => "check that the output folder exists and that you may write to it, or choose another with --output",
    };

    private static Failure Kind(Exception exception)
    {
        var errno = exception.HResult & 0xFFFF;
        return exception switch
        {
            UnauthorizedAccessException when exception.InnerException is IOException { HResult: EROFS } => Failure.ReadOnly,
            UnauthorizedAccessException => Failure.Denied,
            FileNotFoundException or DirectoryNotFoundException => Failure.Missing,
            _ when exception.HResult is ENOSPC or EDQUOT || errno == 0x70 || exception.Message.Contains("No space left", StringComparison.Ordinal) => Failure.NoSpace,
            _ when exception.HResult == EROFS || exception.Message.Contains("Read-only file system", StringComparison.Ordinal) => Failure.ReadOnly,
            _ when exception.HResult == ENOENT => Failure.Missing,
            _ when exception.HResult == ENOTDIR || exception.Message.Contains("Not a directory", StringComparison.Ordinal) => Failure.NotAFolder,
            _ when exception.HResult == EISDIR => Failure.IsAFolder,
            _ when exception.HResult == EBUSY => Failure.Busy,
            _ when exception.HResult == EIO => Failure.Hardware,
            _ => Failure.Other,
        };
    }

    private enum Failure
    {
        Other,
        NoSpace,
        ReadOnly,
        Denied,
        Missing,
        NotAFolder,
        IsAFolder,
        Busy,
        Hardware,
    }
}
