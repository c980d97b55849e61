namespace StaticEvent.Publishing;

/// <summary>One finished step of a deploy, for progress: <c>[12/40] upload fr/index.html</c>.</summary>
/// <param name="Action"><c>upload</c> or <c>delete</c>.</param>
/// <param name="Path">The object's path below the prefix.</param>
/// <param name="Done">Steps finished, this one included.</param>
/// <param name="Total">Steps in the plan.</param>
internal sealed record DeployStep(string Action, string Path, int Done, int Total);
