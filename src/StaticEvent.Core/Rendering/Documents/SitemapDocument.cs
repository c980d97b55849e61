using System.Text;
using StaticEvent.Model;
using StaticEvent.Text;

namespace StaticEvent.Rendering.Documents;

/// <summary><c>sitemap.xml</c> with every published page and its hreflang alternates (and x-default).</summary>
internal static class SitemapDocument
{
    public static RenderedFile Render(SiteModel site, UrlBuilder urls)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        foreach (var page in site.Languages.SelectMany(l => l.Pages).Where(p => p.Kind != PageKind.NotFound))
        {
            xml.Append("  <url>\n    <loc>").Append(Xml(urls.Absolute(page.RelativeUrl))).Append("</loc>\n");
            if (page.Updated is { } updated)
            {
                xml.Append("    <lastmod>").Append(updated.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)).Append("</lastmod>\n");
            }

            if (page.Translations.Count > 0)
            {
                var all = page.Translations.Append(page).OrderBy(p => site.Config.Languages.ToList().FindIndex(l => l.Code == p.Language!.Code));
                foreach (var version in all)
                {
                    Alternate(xml, version.Language!.Code, urls.Absolute(version.RelativeUrl));
                }

                var fallback = all.FirstOrDefault(p => p.Language!.Code == site.Config.DefaultLanguage) ?? page;
                Alternate(xml, "x-default", urls.Absolute(fallback.RelativeUrl));
            }

            xml.Append("  </url>\n");
        }

        xml.Append("</urlset>\n");
        return new RenderedFile("sitemap.xml", xml.ToString());
    }

    private static void Alternate(StringBuilder xml, string language, string href) =>
        xml.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(language).Append("\" href=\"").Append(Xml(href)).Append("\"/>\n");

    internal static string Xml(string text) => HtmlText.Escape(text);
}
