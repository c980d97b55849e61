using StaticEvent.Locale;

namespace StaticEvent.Tests.Locale;

/// <summary>CLDR 47 list patterns (listPatterns.json, standard) and number symbols (numbers.json).</summary>
public sealed class ListAndNumberTests
{
    [Theory]
    [InlineData("en", "Ana, Bo, and Cy")]      // en: end "{0}, and {1}"
    [InlineData("en-GB", "Ana, Bo and Cy")]    // en-001: end "{0} and {1}"
    [InlineData("fr", "Ana, Bo et Cy")]
    [InlineData("de", "Ana, Bo und Cy")]
    [InlineData("es", "Ana, Bo y Cy")]
    [InlineData("ja", "Ana、Bo、Cy")]
    [InlineData("zh-Hant", "Ana、Bo和Cy")]
    [InlineData("ar", "Ana وBo وCy")]          // CLDR ar joins every item with "و"
    [InlineData("fa", "Ana،\u200f Bo، و Cy")]
    [InlineData("ur", "Ana، Bo، اور Cy")]
    public void ThreeItems(string tag, string expected)
    {
        Assert.Equal(expected, LocaleData.For(tag).Lists.Format(["Ana", "Bo", "Cy"]));
    }

    [Theory]
    [InlineData("en", "Ana and Bo")]
    [InlineData("fa", "Ana و Bo")]
    [InlineData("ja", "Ana、Bo")]
    public void TwoItemsUseTheTwoPattern(string tag, string expected)
    {
        Assert.Equal(expected, LocaleData.For(tag).Lists.Format(["Ana", "Bo"]));
    }

    [Fact]
    public void FourItemsNestTheMiddlePattern()
    {
        Assert.Equal("A, B, C et D", LocaleData.For("fr").Lists.Format(["A", "B", "C", "D"]));
        Assert.Equal("only", LocaleData.For("fr").Lists.Format(["only"]));
        Assert.Equal(string.Empty, LocaleData.For("fr").Lists.Format([]));
    }

    [Fact]
    public void ItemsAreNotReadAsPlaceholders()
    {
        Assert.Equal("{1} and {0}", LocaleData.For("en").Lists.Format(["{1}", "{0}"]));
    }

    [Theory]
    [InlineData("en", ", ")]
    [InlineData("ja", "、")]
    [InlineData("ur", "، ")]
    [InlineData("fa", "،\u200f ")]
    [InlineData("ar", " و")]
    [InlineData("th", " ")]
    public void SeparatorIsTheMiddlePatternsText(string tag, string expected)
    {
        Assert.Equal(expected, LocaleData.For(tag).Lists.Separator);
    }

    [Theory]
    [InlineData("en", DigitStyle.Default, 1234567.5, "1,234,567.5")]
    [InlineData("fr", DigitStyle.Default, 1234567.5, "1\u202f234\u202f567,5")]
    [InlineData("de", DigitStyle.Default, 1234.25, "1.234,25")]
    [InlineData("de-CH", DigitStyle.Default, 1234.25, "1’234.25")]
    [InlineData("es", DigitStyle.Default, 1234, "1234")]     // minimumGroupingDigits 2
    [InlineData("es", DigitStyle.Default, 12345, "12.345")]
    [InlineData("hi", DigitStyle.Default, 1234567, "12,34,567")]
    [InlineData("hi", DigitStyle.Native, 1234567, "१२,३४,५६७")]
    [InlineData("fa", DigitStyle.Default, 1234.5, "۱٬۲۳۴٫۵")]
    [InlineData("ar", DigitStyle.Native, 196, "١٩٦")]
    [InlineData("ar-MA", DigitStyle.Default, 196, "196")]
    [InlineData("bn", DigitStyle.Default, 42, "৪২")]
    [InlineData("en", DigitStyle.Default, -3, "-3")]
    public void NumbersUseCldrSymbolsAndDigits(string tag, DigitStyle digits, double value, string expected)
    {
        Assert.Equal(expected, LocalNumbers.For(tag, digits).Format(value));
    }

    [Fact]
    public void NonNumbersAreNotFormatted()
    {
        Assert.Null(LocalNumbers.For("fr").Format("12"));
        Assert.Equal("7", LocalNumbers.For("fr").Format(7L));
    }

    [Theory]
    [InlineData("ar", "arab")]
    [InlineData("ar-MA", "arab")]
    [InlineData("ja", "jpan")]
    [InlineData("zh-TW", "hant")]
    [InlineData("zh", "hans")]
    [InlineData("he", "hebr")]
    [InlineData("hi", "deva")]
    [InlineData("bn", "beng")]
    [InlineData("th", "thai")]
    [InlineData("ko", "kore")]
    [InlineData("uk", "cyrl")]
    [InlineData("el", "grek")]
    [InlineData("de-AT", "latn")]
    public void ScriptComesFromLikelySubtags(string tag, string script)
    {
        Assert.Equal(script, LocaleData.For(tag).Script.ToLowerInvariant());
    }

    [Theory]
    [InlineData("ar-MA", true)]
    [InlineData("fa", true)]
    [InlineData("he", true)]
    [InlineData("ur", true)]
    [InlineData("fr", false)]
    public void DirectionComesFromCharacterOrder(string tag, bool rtl)
    {
        Assert.Equal(rtl, LocaleData.For(tag).IsRightToLeft);
    }
}
