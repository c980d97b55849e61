using System.Globalization;
using System.Text;
using StaticEvent.Model;
using StaticEvent.Rendering.Markup;
using StaticEvent.Text;

namespace StaticEvent.Rendering.Documents;

/// <summary>An Atom feed (RFC 4287) per language, at <c>&lt;lang&gt;/feed.xml</c>, newest articles first.</summary>
internal static class AtomFeedDocument
{
    public const string FileName = "feed.xml";
    public const int MaxEntries = 20;

    public static RenderedFile Render(LocalizedSite site, UrlBuilder urls, MarkdownRenderer markdown, DateTimeOffset fallbackUpdated)
    {
        var language = site.Language;
        var articles = site.Home.Children.Take(MaxEntries).ToList();
        var updated = articles.Select(a => a.Updated).OfType<DateTimeOffset>().DefaultIfEmpty(fallbackUpdated).Max();
        var home = urls.Absolute(site.Home.RelativeUrl);
        var self = urls.Absolute(language.Code + "/" + FileName);

        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").Append(language.Code).Append("\">\n");
        Element(xml, "  ", "title", language.Title);
        if (language.Description.Length > 0)
        {
            Element(xml, "  ", "subtitle", language.Description);
        }

        xml.Append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").Append(Esc(self)).Append("\"/>\n");
        xml.Append("  <link rel=\"alternate\" type=\"text/html\" href=\"").Append(Esc(home)).Append("\"/>\n");
        Element(xml, "  ", "id", home);
        Element(xml, "  ", "updated", Timestamp(updated));
        xml.Append("  <author><name>").Append(Esc(language.Title)).Append("</name></author>\n");
        foreach (var article in articles)
        {
            var url = urls.Absolute(article.RelativeUrl);
            var rendered = markdown.Render(article);
            xml.Append("  <entry>\n");
            Element(xml, "    ", "title", article.Title);
            xml.Append("    <link rel=\"alternate\" type=\"text/html\" href=\"").Append(Esc(url)).Append("\"/>\n");
            Element(xml, "    ", "id", url);
            if (article.Date is { } published)
            {
                Element(xml, "    ", "published", Timestamp(published));
            }

            Element(xml, "    ", "updated", Timestamp(article.Updated ?? updated));
            if (article.Source?.FrontMatter.Author is { } author)
            {
                xml.Append("    <author><name>").Append(Esc(author)).Append("</name></author>\n");
            }

            if (rendered.Summary.Length > 0)
            {
                Element(xml, "    ", "summary", rendered.Summary);
            }

            xml.Append("    <content type=\"html\">").Append(Esc(rendered.Html.Value)).Append("</content>\n");
            xml.Append("  </entry>\n");
        }

        xml.Append("</feed>\n");
        return new RenderedFile(language.Code + "/" + FileName, xml.ToString());
    }

    private static void Element(StringBuilder xml, string indent, string name, string text) =>
        xml.Append(indent).Append('<').Append(name).Append('>').Append(Esc(text)).Append("</").Append(name).Append(">\n");

    private static string Timestamp(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Esc(string text) => HtmlText.Escape(text);
}
