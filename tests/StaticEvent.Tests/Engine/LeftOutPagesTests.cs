using StaticEvent.Model;
using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Engine;

/// <summary>A page the build does not publish is never lost without a word: the result lists it.</summary>
public sealed class LeftOutPagesTests
{
    private const string Pages = """
        -- content/news/zz-draft.fr.md --
        ---
        title: Brouillon
        draft: true
        ---
        -- content/news/later.ar.md --
        ---
        title: لاحقا
        date: 2025-11-28
        ---
        -- content/news/now.fr.md --
        ---
        title: Maintenant
        date: 2025-11-27T18:00
        ---
        """;

    [Fact]
    public void DraftsAndFuturePagesAreListedByPathWithWhyAndTheirDate()
    {
        var result = TestSite.WithBaseTheme(Pages).Build().AssertSuccess().Result;

        Assert.Equal(
            [
                new LeftOutPage("content/news/later.ar.md", LeftOutReason.Future, new DateTimeOffset(2025, 11, 28, 0, 0, 0, TimeSpan.FromHours(1))),
                new LeftOutPage("content/news/zz-draft.fr.md", LeftOutReason.Draft, null),
            ],
            result.LeftOut);
        Assert.Equal(new DateTimeOffset(2025, 11, 27, 18, 0, 0, TimeSpan.FromHours(1)), result.Now);
        Assert.True(result.NowIsFixed);
    }

    [Fact]
    public void WithDraftsNothingIsLeftOut()
    {
        var outcome = TestSite.WithBaseTheme(Pages).Build(drafts: true).AssertSuccess();

        Assert.Empty(outcome.Result.LeftOut);
        Assert.True(outcome.Has("fr/actualites/zz-draft/index.html"));
    }
}
