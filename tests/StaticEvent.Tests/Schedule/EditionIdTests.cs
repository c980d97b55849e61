using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Ical.Net;
using StaticEvent.IO;
using StaticEvent.Output;
using StaticEvent.Programme;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Schedule;

/// <summary>
/// Two editions of an event on one host (https://example.org/ga93/ and https://example.org/ga94/)
/// share session ids; their calendar UIDs and c3voc guids must not, or a calendar app would
/// merge last year's sessions into this year's. A site at a host's root keeps its old ids.
/// </summary>
public sealed partial class EditionIdTests
{
    private static MemoryOutputSink BuildRepositorySite(string? baseUrl)
    {
        var sink = new MemoryOutputSink();
        var options = new BuildOptions { SourceDirectory = Prerequisites.RepositoryRoot, BaseUrl = baseUrl, MaxParallelism = 2 };
        var result = SiteBuilder.Build(new PhysicalFileSource(Prerequisites.RepositoryRoot), sink, options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return sink;
    }

    private static List<string> Uids(MemoryOutputSink site) =>
        Calendar.Load(site.Text("fr/programme/schedule.ics"))!.Events.Select(e => e.Uid!).ToList();

    private static List<string> Guids(MemoryOutputSink site) =>
        GuidPattern().Matches(site.Text("fr/programme/schedule.json")).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public void TwoBasePathsOnOneHostGiveDifferentUidsAndGuids()
    {
        var ga93 = BuildRepositorySite("https://example.org/ga93/");
        var ga94 = BuildRepositorySite("https://example.org/ga94/");

        Assert.All(Uids(ga93), uid => Assert.EndsWith("@example.org/ga93", uid, StringComparison.Ordinal));
        Assert.All(Uids(ga94), uid => Assert.EndsWith("@example.org/ga94", uid, StringComparison.Ordinal));
        Assert.Contains("opening-ceremony@example.org/ga94", Uids(ga94));
        Assert.Empty(Uids(ga93).Intersect(Uids(ga94)));

        var guids93 = Guids(ga93);
        Assert.NotEmpty(guids93);
        Assert.Empty(guids93.Intersect(Guids(ga94)));
        Assert.Contains(DeterministicGuid.ForSession("example.org/ga94", "opening-ceremony").ToString(), Guids(ga94));
    }

    [Fact]
    public void ASiteAtTheHostsRootKeepsItsIds()
    {
        var site = BuildRepositorySite(baseUrl: null);

        Assert.Contains("opening-ceremony@ga93.example.org", Uids(site));
        // uuid.uuid5(uuid.NAMESPACE_URL, "https://ga93.example.org/#session/opening-ceremony"), as published before base paths counted.
        Assert.Contains("51f3c624-f1bd-5182-891f-17e51106ad98", Guids(site));
    }

    [Fact]
    public void TheProgrammePageGivesItsScriptTheUidDomainOfTheCalendars()
    {
        var site = BuildRepositorySite("https://example.org/ga94/");

        var page = new HtmlParser().ParseDocument(site.Text("fr/programme/index.html"));
        var domain = page.QuerySelector("[data-programme]")!.GetAttribute("data-uid-domain");
        Assert.Equal("example.org/ga94", domain);
        Assert.All(Uids(site), uid => Assert.EndsWith("@" + domain, uid, StringComparison.Ordinal));
        Assert.Contains("data.uidDomain", site.Text("js/programme.js"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/ga93/", "example.org/ga93")]
    [InlineData("http://EXAMPLE.org:8080/ga93/", "example.org/ga93")]
    [InlineData("https://ga93.example.org/", "ga93.example.org")]
    [InlineData("https://example.org/a/b/", "example.org/a/b")]
    [InlineData("https://bücher.example/édition/", "xn--bcher-kva.example/%C3%A9dition")]
    public void TheUidDomainIsTheHostAndBasePathWithoutSchemeOrPort(string baseUrl, string expected) =>
        Assert.Equal(expected, ScheduleExportOptions.UidDomainOf(new Uri(baseUrl)));

    [GeneratedRegex("\"guid\": \"([0-9a-f-]{36})\"")]
    private static partial Regex GuidPattern();
}
