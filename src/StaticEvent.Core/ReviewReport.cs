namespace StaticEvent;

/// <summary>What a reviewer should look at: drafts and future pages, missing and outdated translations.</summary>
public sealed record ReviewReport(IReadOnlyList<ReviewItem> Drafts, IReadOnlyList<ReviewItem> MissingTranslations, IReadOnlyList<ReviewItem> OutdatedTranslations)
{
    public static readonly ReviewReport Empty = new([], [], []);
}

/// <summary>One page in the review report: its title, URL and source, and what is wrong.</summary>
public sealed record ReviewItem(string Title, string Url, string SourcePath, string Language, string Note);
