using StaticEvent.Diagnostics;
using StaticEvent.Tests.Infrastructure;
using StaticEvent.Tests.Schedule;

namespace StaticEvent.Tests.Engine;

/// <summary>An unknown key close to a known one says which one it probably is, in every YAML file.</summary>
public sealed class UnknownKeyTests
{
    [Fact]
    public void AMisspeltSiteConfigKeyIsAnErrorThatNamesTheKnownKey()
    {
        var outcome = TestSite.WithBaseTheme().With("site.yml", TestSite.BaseTheme.Split("-- site.yml --\n")[1].Split("\n-- ")[0]
            .Replace("BASEURL", "https://example.org/", StringComparison.Ordinal).Replace("MENUREF", "_index", StringComparison.Ordinal) + "\npagSize: 5\n").Build();

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(DiagnosticCodes.UnknownKey, error.Code);
        Assert.Equal("unknown key 'pagSize' in site.yml; did you mean 'pageSize'?", error.Message);
        Assert.StartsWith("known keys: baseUrl, buildDate, ", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKeyFarFromEveryKnownOneGetsNoGuess()
    {
        var outcome = TestSite.WithBaseTheme().With("site.yml", """
            baseUrl: https://example.org/
            colour: blue
            languages:
              - code: fr
                name: Français
                title: Site
            """).Build();

        Assert.Equal("unknown key 'colour' in site.yml", outcome.AssertDiagnostic(DiagnosticCodes.UnknownKey, "site.yml", 2, 1).Message);
    }

    [Fact]
    public void AMisspeltScheduleKeyNamesTheKnownKey()
    {
        ScheduleFixtures.Load("""
            event:
              strat: 2025-11-24
              end: 2025-11-27
            """, null, out var diagnostics);

        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal(new SourceLocation("data/schedule.yml", 2, 3), error.Location);
        Assert.Equal("unknown key 'strat' in 'event'; did you mean 'start'?", error.Message);
    }

    [Fact]
    public void AFrontMatterKeyCloseToAMissingKnownOneIsAWarningNamingIt()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/typo.fr.md --
            ---
            titel: Coquille
            ---
            -- content/undated.fr.md --
            ---
            title: Sans date
            dat: 2025-11-20
            ---
            """).Build();

        var titel = outcome.AssertDiagnostic(DiagnosticCodes.UnknownKey, "content/typo.fr.md", 2, 1);
        Assert.Equal(Severity.Warning, titel.Severity);
        Assert.Equal("unknown key 'titel' in front matter; did you mean 'title'?", titel.Message);
        Assert.Contains("page.params.titel", titel.Hint, StringComparison.Ordinal);
        outcome.AssertDiagnostic(DiagnosticCodes.MissingRequired, "content/typo.fr.md", 2, 1);
        Assert.Equal("unknown key 'dat' in front matter; did you mean 'date'?", outcome.AssertDiagnostic(DiagnosticCodes.UnknownKey, "content/undated.fr.md", 3, 1).Message);
    }

    [Fact]
    public void AFrontMatterParameterBesideTheKnownKeyItResemblesIsLeftAlone()
    {
        var outcome = TestSite.WithBaseTheme("""
            -- content/event.fr.md --
            ---
            title: Événement
            date: 2025-11-20
            dates: du 24 au 27
            venue: Marrakech
            ---
            """).Build().AssertSuccess();

        Assert.DoesNotContain(outcome.Result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
    }
}
