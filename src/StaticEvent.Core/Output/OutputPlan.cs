namespace StaticEvent.Output;

/// <summary>Where a build writes, decided before the site is built (<see cref="OutputLocation.Check"/>).</summary>
/// <param name="Output">The real output folder, links resolved.</param>
/// <param name="Display">The output as the user sees it: relative to the site folder when inside it, with <c>/</c>.</param>
/// <param name="WorkFolder">Where staging folders and the lock live: <c>.staticevent/</c> beside the output, or the output itself in place.</param>
/// <param name="InPlace">True when the output cannot be swapped (a mount point, a parent that may not be written): files are replaced one by one.</param>
internal sealed record OutputPlan(string Output, string Display, string WorkFolder, bool InPlace)
{
    /// <summary>The file whose lock makes builds of this output take turns.</summary>
    public string LockFile => InPlace ? Path.Combine(Output, StagedOutput.MarkerFile) : Path.Combine(WorkFolder, Path.GetFileName(Output) + ".lock");
}
