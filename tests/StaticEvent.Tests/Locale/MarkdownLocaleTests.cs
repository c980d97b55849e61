using StaticEvent.Rendering.Markup;

namespace StaticEvent.Tests.Locale;

/// <summary>Quotation marks from CLDR (delimiters.json) and line breaks in Chinese and Japanese text.</summary>
public sealed class MarkdownLocaleTests
{
    private static readonly MarkdownPipelines Pipelines = new(allowHtml: false);

    private static string Html(string markdown, string language) => Markdig.Markdown.ToHtml(markdown, Pipelines.For(language));

    [Theory]
    [InlineData("de", "<p>„Hallo“ und ‚hallo‘</p>\n")]
    [InlineData("ja", "<p>「Hallo」 und 『hallo』</p>\n")]
    [InlineData("fa", "<p>«Hallo» und ‹hallo›</p>\n")]
    [InlineData("en", "<p>“Hallo” und ‘hallo’</p>\n")]
    [InlineData("pl", "<p>„Hallo” und «hallo»</p>\n")]
    [InlineData("fr", "<p>«&#8239;Hallo&#8239;» und «&#8239;hallo&#8239;»</p>\n")] // CLDR fr: « » for both; the narrow no-break spaces are French typography
    public void SmartQuotesAreTheLanguagesCldrQuotationMarks(string language, string expected)
    {
        Assert.Equal(expected, Html("\"Hallo\" und 'hallo'", language));
    }

    [Theory]
    [InlineData("日本語の\n文章です。", "<p>日本語の文章です。</p>\n")]
    [InlineData("中文句子\n继续写。", "<p>中文句子继续写。</p>\n")]
    [InlineData("カタカナ\nひらがな", "<p>カタカナひらがな</p>\n")]
    [InlineData("終わり。\n「次」", "<p>終わり。「次」</p>\n")]
    [InlineData("**強調**\n文章", "<p><strong>強調</strong>文章</p>\n")]
    public void SoftBreakBetweenCjkCharactersJoinsTheLines(string markdown, string expected)
    {
        Assert.Equal(expected, Html(markdown, "ja"));
    }

    [Theory]
    [InlineData("한국어\n문장", "<p>한국어\n문장</p>\n")]          // Korean separates words with spaces
    [InlineData("日本語\nEnglish", "<p>日本語\nEnglish</p>\n")]
    [InlineData("one\ntwo", "<p>one\ntwo</p>\n")]
    [InlineData("日本語  \n文章", "<p>日本語<br />\n文章</p>\n")]  // a hard break stays one
    public void OtherLineBreaksAreKept(string markdown, string expected)
    {
        Assert.Equal(expected, Html(markdown, "ja"));
    }
}
