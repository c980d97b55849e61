namespace StaticEvent.Assembly;

/// <summary>What decides which pages are published.</summary>
/// <param name="IncludeDrafts">Keep drafts and future-dated pages (<c>--drafts</c>, and always in the preview).</param>
/// <param name="Now">The moment that decides what is "future"; from the build date, never read twice.</param>
public sealed record AssemblyOptions(bool IncludeDrafts, DateTimeOffset Now);
