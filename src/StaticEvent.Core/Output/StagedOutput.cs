namespace StaticEvent.Output;

/// <summary>
/// Atomic output: the build writes into a staging folder in <c>.staticevent/</c> beside the output
/// and swaps it in only when it succeeded, so the output is at every instant the complete previous
/// or the complete new site — a failed, cancelled or killed build included. On Linux the swap is one
/// <c>renameat2(RENAME_EXCHANGE)</c>; elsewhere it is two renames, and a build that finds the
/// output missing (a kill between them) first restores the complete folder it left. "Complete"
/// means it carries the marker, which is written last. Leftovers of earlier builds are removed.
/// An output that cannot be swapped is written in place instead (<see cref="InPlaceCommit"/>).
/// Callers hold the output's <see cref="OutputLock"/>: no leftover belongs to a running build.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    public const string MarkerFile = ".staticevent-output";

    private const string MarkerText = "Written by StaticEvent; this folder is replaced on every build.\n";
    private const string InPlaceStagingPrefix = ".staticevent-staging-";

    private readonly OutputPlan _plan;
    private readonly string _staging;
    private bool _committed;
    private bool _abandoned;

    private StagedOutput(OutputPlan plan, string staging)
    {
        _plan = plan;
        _staging = staging;
        Directory.CreateDirectory(staging);
        Sink = new DirectoryOutputSink(staging);
    }

    public DirectoryOutputSink Sink { get; }

    /// <summary>The folder restored because an earlier build was killed in the middle of its swap, or null.</summary>
    public string? Recovered { get; private init; }

    /// <summary>Recovers from an interrupted swap, removes leftovers, and starts a staging folder.</summary>
    public static StagedOutput Begin(OutputPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var id = Guid.NewGuid().ToString("N")[..12];
        if (plan.InPlace)
        {
            if (!File.Exists(Path.Combine(plan.Output, MarkerFile)))
            {
                File.WriteAllText(Path.Combine(plan.Output, MarkerFile), MarkerText);
            }

            foreach (var leftover in Directory.EnumerateDirectories(plan.Output, InPlaceStagingPrefix + "*"))
            {
                Directory.Delete(leftover, recursive: true);
            }

            return new StagedOutput(plan, Path.Combine(plan.Output, InPlaceStagingPrefix + id));
        }

        var recovered = Recover(plan);
        foreach (var leftover in Leftovers(plan))
        {
            DeleteFolderQuietly(leftover);
        }

        return new StagedOutput(plan, Path.Combine(plan.WorkFolder, $"{Name(plan)}.staging-{id}")) { Recovered = recovered };
    }

    /// <summary>Puts the staged site in place of the output; the marker goes last into the staging folder.</summary>
    public void Commit()
    {
        Step("staged");
        if (_plan.InPlace)
        {
            InPlaceCommit.Apply(_staging, _plan.Output, Step);
            _committed = true;
            Step("done");
            return;
        }

        File.WriteAllText(Path.Combine(_staging, MarkerFile), MarkerText);
        Step("marked");
        if (!Directory.Exists(_plan.Output))
        {
            Directory.Move(_staging, _plan.Output);
            Step("new-moved");
        }
        else if (!SwapHooks.NoExchange && FolderExchange.TryExchange(_staging, _plan.Output))
        {
            // The staging path now holds the previous output.
            Step("exchanged");
            DeleteFolder(_staging);
        }
        else
        {
            var old = _staging.Replace(".staging-", ".old-", StringComparison.Ordinal);
            Directory.Move(_plan.Output, old);
            Step("old-moved");
            Directory.Move(_staging, _plan.Output);
            Step("new-moved");
            DeleteFolder(old);
        }

        _committed = true;
        Step("done");
    }

    public void Dispose()
    {
        // After a simulated kill nothing may be tidied: the next build must cope with what is left.
        if (!_committed && !_abandoned && Directory.Exists(_staging))
        {
            DeleteFolderQuietly(_staging);
        }
    }

    private static string Name(OutputPlan plan) => Path.GetFileName(plan.Output);

    private static List<string> Leftovers(OutputPlan plan) =>
        Directory.Exists(plan.WorkFolder)
            ? Directory.EnumerateDirectories(plan.WorkFolder, Name(plan) + ".staging-*").Concat(Directory.EnumerateDirectories(plan.WorkFolder, Name(plan) + ".old-*")).ToList()
            : [];

    // The output is missing only when a build was killed between the two renames of the fallback:
    // then the new site (staged, marked) or else the previous one (old, marked) goes back in place.
    private static string? Recover(OutputPlan plan)
    {
        if (Directory.Exists(plan.Output) || File.Exists(plan.Output))
        {
            return null;
        }

        var complete = Leftovers(plan)
            .Where(f => File.Exists(Path.Combine(f, MarkerFile)))
            .OrderBy(f => f.Contains(".staging-", StringComparison.Ordinal) ? 0 : 1)
            .ThenByDescending(f => File.GetLastWriteTimeUtc(Path.Combine(f, MarkerFile)))
            .FirstOrDefault();
        if (complete is not null)
        {
            Directory.Move(complete, plan.Output);
        }

        return complete;
    }

    // The marker goes first, so a folder half deleted by a kill is never taken for a complete one.
    private void DeleteFolder(string folder)
    {
        File.Delete(Path.Combine(folder, MarkerFile));
        Step("unmarked");
        Directory.Delete(folder, recursive: true);
    }

    private static void DeleteFolderQuietly(string folder)
    {
        File.Delete(Path.Combine(folder, MarkerFile));
        Directory.Delete(folder, recursive: true);
    }

    private void Step(string name)
    {
        if (SwapHooks.Step is not { } hook)
        {
            return;
        }

        try
        {
            hook(name);
        }
        catch
        {
            _abandoned = true;
            throw;
        }
    }
}
