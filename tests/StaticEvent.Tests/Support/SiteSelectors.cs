namespace StaticEvent.Tests.Support;

/// <summary>
/// The contract between the default theme and the tests on the built site: the markup hooks the
/// tests look for, kept here so that a theme change means one edit.
/// </summary>
public static class SiteSelectors
{
    /// <summary>The languages of the default site, in <c>site.yml</c> order.</summary>
    public static readonly IReadOnlyList<string> Languages = ["fr", "en", "ar", "es"];

    /// <summary>The menu link to the news list (section list page) on every page.</summary>
    public const string NewsSectionLink = "a[data-section='news']";

    /// <summary>A link to an article on a section list page.</summary>
    public const string ArticleLink = "a[data-kind='article']";

    /// <summary>The site title or logo box in the page header (a box as wide as its content, not the whole header).</summary>
    public const string SiteTitle = "[data-role='site-title']";
}
