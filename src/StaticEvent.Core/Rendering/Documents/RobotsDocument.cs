namespace StaticEvent.Rendering.Documents;

/// <summary><c>robots.txt</c>: everything may be crawled, and here is the sitemap.</summary>
internal static class RobotsDocument
{
    public static RenderedFile Render(UrlBuilder urls) =>
        new("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("sitemap.xml")}\n");
}
