using AngleSharp.Html.Parser;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Engine;

/// <summary>
/// Each language of the default site has a topics index and a people index (no 404 above a tag or
/// a person page), and a topic links to the same topic in the other languages.
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class IndexPagesTests(DefaultSiteFixture site)
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("fr", "themes", "intervenants")]
    [InlineData("en", "topics", "speakers")]
    [InlineData("ar", "mawadi", "mutahaddithun")]
    [InlineData("es", "temas", "intervinientes")]
    public void EachLanguageHasATopicsAndAPeopleIndexListingTheirPages(string language, string tags, string speakers)
    {
        var topics = Page($"{language}/{tags}/index.html");
        Assert.Contains("kind-tags", topics.Body!.ClassName, StringComparison.Ordinal);
        var topicLinks = topics.QuerySelectorAll(".topic-index a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(topicLinks);
        Assert.All(topicLinks, href => Assert.True(File.Exists(Path.Combine(site.OutputDirectory, Uri.UnescapeDataString(href.TrimStart('/')), "index.html")), href));

        var people = Page($"{language}/{speakers}/index.html");
        Assert.Contains("kind-speakers", people.Body!.ClassName, StringComparison.Ordinal);
        var personLinks = people.QuerySelectorAll(".person-card a[data-kind='speaker']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(personLinks);
        Assert.All(personLinks, href => Assert.StartsWith($"/{language}/{speakers}/", href, StringComparison.Ordinal));
    }

    [Fact]
    public void ATopicLeadsToTheSameTopicInEveryOtherLanguage()
    {
        var training = Page("fr/themes/formation/index.html");
        var alternates = training.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);

        Assert.EndsWith("/en/topics/training/", alternates["en"], StringComparison.Ordinal);
        Assert.EndsWith("/es/temas/formacion/", alternates["es"], StringComparison.Ordinal);
        Assert.Contains("/ar/mawadi/", alternates["ar"], StringComparison.Ordinal);
    }

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(site.OutputDirectory, path)));
}
