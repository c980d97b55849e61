namespace StaticEvent.Output;

/// <summary>
/// Atomic output: the build writes into a fresh folder beside the output folder and swaps it in
/// only when it succeeded, so a failed or interrupted build leaves the previous site untouched
/// and files the build no longer makes disappear. A folder that holds files StaticEvent did not
/// write (no marker) is never replaced.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    public const string MarkerFile = ".staticevent-output";

    private readonly string _output;
    private readonly string _staging;
    private bool _committed;

    private StagedOutput(string output, string staging)
    {
        _output = output;
        _staging = staging;
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, MarkerFile), "Written by StaticEvent; this folder is replaced on every build.\n");
        Sink = new DirectoryOutputSink(staging);
    }

    public DirectoryOutputSink Sink { get; }

    /// <summary>Returns null with a reason when <paramref name="output"/> must not be replaced.</summary>
    public static StagedOutput? Begin(string output, out string? refusal)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            refusal = $"the output folder '{output}' holds files StaticEvent did not write; empty it or choose another with --output";
            return null;
        }

        refusal = null;
        var parent = Path.GetDirectoryName(output)!;
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}"[..^24]);
        return new StagedOutput(output, staging);
    }

    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(_output))
        {
            old = _staging.Replace(".staging-", ".old-", StringComparison.Ordinal);
            Directory.Move(_output, old);
        }

        Directory.Move(_staging, _output);
        _committed = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }
}
