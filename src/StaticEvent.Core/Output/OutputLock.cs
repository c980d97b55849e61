using System.Runtime.InteropServices;

namespace StaticEvent.Output;

/// <summary>
/// One build at a time per output folder: an advisory lock on a file beside the output —
/// <c>flock(2)</c> on Unix (.NET's <see cref="FileShare.None"/> does not stop another process
/// there), a sharing lock on Windows. The operating system drops it
/// when the process ends, however it ends, so a killed build never leaves the folder locked.
/// The file itself stays, like Hugo's <c>.hugo_build.lock</c>: removing it would let a waiting
/// build and a new one each lock a different file.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;

    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _stream;

    private OutputLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>
    /// Takes the lock on <paramref name="path"/>. When another build holds it: returns null at once
    /// if <paramref name="wait"/> is false; otherwise calls <paramref name="onWaiting"/> once and
    /// waits until it is free or <paramref name="cancellation"/> fires.
    /// </summary>
    public static OutputLock? Acquire(string path, bool wait, Action<string>? onWaiting, CancellationToken cancellation)
    {
        var told = false;
        OutputLock? held;
        while ((held = TryLock(path)) is null)
        {
            if (!wait)
            {
                return null;
            }

            if (!told)
            {
                onWaiting?.Invoke(path);
                told = true;
            }

            cancellation.WaitHandle.WaitOne(RetryEvery);
            cancellation.ThrowIfCancellationRequested();
        }

        return held;
    }

    private static OutputLock? TryLock(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (ex.GetType() == typeof(IOException) && (ex.HResult & 0xFFFF) is 0x20 or 0x21 or 11 or 35)
        {
            // "Being used by another process": a sharing or lock violation on Windows, EWOULDBLOCK
            // (11 on Linux, 35 on macOS) when this process holds it already.
            return null;
        }

        if (OperatingSystem.IsWindows() || Flock((int)stream.SafeFileHandle.DangerousGetHandle(), LockExclusive | LockNonBlocking) == 0)
        {
            return new OutputLock(stream);
        }

        stream.Dispose();
        return null;
    }

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(int fd, int operation);

    public void Dispose() => _stream.Dispose();
}
