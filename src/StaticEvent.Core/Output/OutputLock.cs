namespace StaticEvent.Output;

/// <summary>
/// One build at a time per output folder: an advisory lock on a file beside the output (.NET
/// takes <c>flock</c> for <see cref="FileShare.None"/> on Unix). The operating system drops it
/// when the process ends, however it ends, so a killed build never leaves the folder locked.
/// The file itself stays, like Hugo's <c>.hugo_build.lock</c>: removing it would let a waiting
/// build and a new one each lock a different file.
/// </summary>
public sealed class OutputLock : IDisposable
{
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
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException ex) when (IsHeldByAnother(ex))
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
        }
    }

    // A sharing violation: "The process cannot access the file … because it is being used by another process".
    private static bool IsHeldByAnother(IOException ex) =>
        ex.GetType() == typeof(IOException) && (ex.HResult & 0xFFFF) is 0x20 or 11;

    public void Dispose() => _stream.Dispose();
}
