using StaticEvent.Diagnostics;

namespace StaticEvent.Model;

/// <summary>An old URL (from <c>aliases</c>) that must lead to a page; <paramref name="Location"/> is the alias in the front matter.</summary>
internal sealed record RedirectPage(string RelativeUrl, Page Target, SourceLocation Location)
{
    public string OutputPath => RelativeUrl.EndsWith('/') ? RelativeUrl + "index.html" : RelativeUrl;
}
