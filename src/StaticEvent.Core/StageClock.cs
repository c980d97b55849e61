using System.Diagnostics;

namespace StaticEvent;

/// <summary>How long one stage of a build took (wall time), as <c>build --timings</c> prints it.</summary>
public sealed record StageTime(string Stage, TimeSpan Elapsed);

/// <summary>Times a build stage by stage: each lap closes the stage that just ended.</summary>
internal sealed class StageClock
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<StageTime> _stages = [];
    private TimeSpan _last;

    public TimeSpan Elapsed => _clock.Elapsed;

    public IReadOnlyList<StageTime> Stages => _stages;

    public void Lap(string stage)
    {
        var now = _clock.Elapsed;
        _stages.Add(new StageTime(stage, now - _last));
        _last = now;
    }
}
