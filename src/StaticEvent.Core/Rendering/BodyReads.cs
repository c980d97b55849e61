namespace StaticEvent.Rendering;

/// <summary>
/// Which pages' bodies a render read, recorded on the rendering thread (Scriban renders a page
/// synchronously on one thread). A list page that shows only its pages' titles and summaries then
/// does not depend on their bodies, and an edit to one body does not render the list again;
/// one that shows <c>p.content</c> depends on exactly the bodies it showed.
/// </summary>
internal static class BodyReads
{
    [ThreadStatic]
    private static HashSet<string>? t_reads;

    /// <summary>Records into <paramref name="into"/>, until disposed, the source paths of the bodies this thread reads.</summary>
    public static IDisposable Track(HashSet<string> into)
    {
        var previous = t_reads;
        t_reads = into;
        return new Untrack(previous);
    }

    internal static void Record(string sourcePath) => t_reads?.Add(sourcePath);

    private sealed class Untrack(HashSet<string>? previous) : IDisposable
    {
        public void Dispose() => t_reads = previous;
    }
}
