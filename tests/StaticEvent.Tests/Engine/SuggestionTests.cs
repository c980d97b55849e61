using StaticEvent.Diagnostics;

namespace StaticEvent.Tests.Engine;

public sealed class SuggestionTests
{
    [Theory]
    [InlineData("titel", "title", 1)]
    [InlineData("title", "title", 0)]
    [InlineData("ttile", "title", 1)]
    [InlineData("tite", "title", 1)]
    [InlineData("titlee", "title", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void DistanceCountsASwapOfNeighboursAsOneEdit(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestion.Distance(a, b));
        Assert.Equal(expected, Suggestion.Distance(b, a));
    }

    [Fact]
    public void DistanceStopsAtTheCap() => Assert.Equal(2, Suggestion.Distance("abcdef", "uvwxyz", cap: 2));

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("dat", "date")]
    [InlineData("imagealt", "imageAlt")]
    [InlineData("translationkey", "translationKey")]
    [InlineData("descripton", "description")]
    public void ClosestFindsTheLikelyTypo(string word, string expected) =>
        Assert.Equal(expected, Suggestion.Closest(word, ["title", "description", "date", "tags", "imageAlt", "translationKey"]));

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    [InlineData("title")]
    public void ClosestGuessesNothingForFarOrKnownWords(string word) =>
        Assert.Null(Suggestion.Closest(word, ["title", "date", "tags"]));
}
