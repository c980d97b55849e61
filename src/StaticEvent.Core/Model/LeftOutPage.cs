namespace StaticEvent.Model;

/// <summary>
/// A page the build did not publish, so that it never disappears without a word: a draft, or
/// dated after the build's "now" (<c>--drafts</c> publishes both).
/// </summary>
/// <param name="SourcePath">The page's file, site-relative (<c>content/news/x.fr.md</c>).</param>
/// <param name="Reason">Why it was left out; a future-dated draft counts as a draft.</param>
/// <param name="Date">Its <c>date:</c>, if it has one.</param>
public sealed record LeftOutPage(string SourcePath, LeftOutReason Reason, DateTimeOffset? Date);
