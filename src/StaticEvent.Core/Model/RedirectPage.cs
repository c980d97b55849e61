namespace StaticEvent.Model;

/// <summary>An old URL (from <c>aliases</c>) that must lead to a page.</summary>
public sealed record RedirectPage(string RelativeUrl, Page Target)
{
    public string OutputPath => RelativeUrl.EndsWith('/') ? RelativeUrl + "index.html" : RelativeUrl;
}
