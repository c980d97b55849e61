namespace StaticEvent.Assembling;

/// <summary>What decides which pages are published, and the words of pages no file titles.</summary>
/// <param name="IncludeDrafts">Keep drafts and future-dated pages (<c>--drafts</c>, and always in the preview).</param>
/// <param name="Now">The moment that decides what is "future"; from the build date, never read twice.</param>
/// <param name="InterfaceText">The theme's string for a language and key (the programme page's title when no file gives one).</param>
internal sealed record AssemblyOptions(bool IncludeDrafts, DateTimeOffset Now, Func<string, string, string?>? InterfaceText = null);
