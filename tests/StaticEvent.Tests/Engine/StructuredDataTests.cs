using System.Text.Json;
using AngleSharp.Html.Parser;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Engine;

/// <summary>
/// Every JSON-LD block of the default site parses and has what its schema.org type requires
/// (Google's required properties); what the schedule does not confirm is not published as an event.
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class StructuredDataTests(DefaultSiteFixture site)
{
    private static readonly HtmlParser Parser = new();

    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        ["WebSite"] = ["name", "url"],
        ["NewsArticle"] = ["headline", "datePublished", "url"],
        ["BreadcrumbList"] = ["itemListElement"],
        ["Event"] = ["name", "startDate", "location"],
        ["Person"] = ["name", "url"],
    };

    [Fact]
    public void EveryBlockParsesAndHasTheRequiredPropertiesOfItsType()
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in site.HtmlFiles())
        {
            foreach (var block in Blocks(path))
            {
                var root = block.RootElement;
                Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
                var type = root.GetProperty("@type").GetString()!;
                types.Add(type);
                Assert.True(Required.ContainsKey(type), $"{path}: unexpected type {type}");
                foreach (var property in Required[type])
                {
                    Assert.True(root.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null, $"{path}: {type} has no {property}");
                }
            }
        }

        Assert.Equal(Required.Keys.Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachKindOfPageSaysWhatItIs()
    {
        Assert.Contains("WebSite", Types("fr/index.html"));
        Assert.Contains("NewsArticle", Types(site.HtmlFiles().First(p => p.StartsWith("fr/actualites/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3)));
        Assert.Contains("Person", Types(site.HtmlFiles().First(p => p.StartsWith("ar/mutahaddithun/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3)));
        Assert.Contains("Event", Types("en/programme/index.html"));

        var trail = Blocks("fr/actualites/index.html").Single(b => b.RootElement.GetProperty("@type").GetString() == "BreadcrumbList").RootElement;
        var steps = trail.GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal([1, 2], steps.Select(s => s.GetProperty("position").GetInt32()));
        Assert.EndsWith("/fr/", steps[0].GetProperty("item").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/fr/actualites/", steps[1].GetProperty("item").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheEventStartsAtTheAnnouncedTimeWithItsOffsetAndIsAPlace()
    {
        var ev = Blocks("fr/programme/index.html").Single(b => b.RootElement.GetProperty("@type").GetString() == "Event").RootElement;

        Assert.Equal("2025-11-24T10:30:00+01:00", ev.GetProperty("startDate").GetString());
        Assert.Equal("Place", ev.GetProperty("location").GetProperty("@type").GetString());
        Assert.Matches(@"^https://ga93\.example\.org/cards/[0-9a-f]+\.png$", ev.GetProperty("image").GetString());
        Assert.Equal("https://schema.org/EventScheduled", ev.GetProperty("eventStatus").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", ev.GetProperty("eventAttendanceMode").GetString());
    }

    [Fact]
    public void ASessionWhoseTimeOrHoldingIsNotConfirmedIsNotPublishedAsAnEvent()
    {
        foreach (var path in site.HtmlFiles().Where(p => p.StartsWith("fr/programme/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3))
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.OutputDirectory, path)));
            var article = page.QuerySelector("article.session-page")!;
            var unconfirmed = article.ClassList.Contains("is-tentative") || article.GetAttribute("data-time") == "tbc";
            Assert.Equal(!unconfirmed, Types(path).Contains("Event"));
        }
    }

    private List<string> Types(string path) => Blocks(path).Select(b => b.RootElement.GetProperty("@type").GetString()!).ToList();

    private IEnumerable<JsonDocument> Blocks(string path)
    {
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.OutputDirectory, path)));
        return page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent));
    }
}
