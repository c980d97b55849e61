using System.Diagnostics;

namespace StaticEvent;

/// <summary>
/// How long one stage of a build took (wall time) and what it allocated (all threads, so other
/// work in the process counts too), as <c>build --timings</c> prints it.
/// </summary>
public sealed record StageTime(string Stage, TimeSpan Elapsed, long AllocatedBytes = 0);

/// <summary>Times a build stage by stage: each lap closes the stage that just ended.</summary>
internal sealed class StageClock
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<StageTime> _stages = [];
    private TimeSpan _last;
    private long _allocated = GC.GetTotalAllocatedBytes();

    public TimeSpan Elapsed => _clock.Elapsed;

    public IReadOnlyList<StageTime> Stages => _stages;

    public void Lap(string stage)
    {
        var now = _clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes();
        _stages.Add(new StageTime(stage, now - _last, allocated - _allocated));
        _last = now;
        _allocated = allocated;
    }
}
