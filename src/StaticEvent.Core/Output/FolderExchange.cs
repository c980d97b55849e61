using System.Runtime.InteropServices;

namespace StaticEvent.Output;

/// <summary>
/// Swaps two folders in one step with Linux's <c>renameat2(RENAME_EXCHANGE)</c>: there is no
/// instant at which either path is missing, so a kill cannot leave the output gone. Elsewhere, or
/// where the file system refuses it, <see cref="TryExchange"/> says so and the caller falls back.
/// </summary>
internal static partial class FolderExchange
{
    private const int AtFdCwd = -100;
    private const int RenameExchange = 2;

    /// <summary>True when the two folders were swapped; false when this system cannot swap them in one step.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library older than glibc 2.28, or musl without the call.
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
