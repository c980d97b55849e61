using StaticEvent.Locale;

namespace StaticEvent.Tests.Locale;

public sealed class LocaleChainTests
{
    [Theory]
    [InlineData("pt-BR", "pt-BR pt")]
    [InlineData("zh-Hant-TW", "zh-Hant-TW zh-Hant zh")]
    [InlineData("zh-CN", "zh-CN zh-Hans-CN zh-Hans zh")]
    [InlineData("zh-TW", "zh-TW zh-Hant-TW zh-Hant zh")]
    [InlineData("zh-HK", "zh-HK zh-Hant-HK zh-Hant zh")]
    [InlineData("zh", "zh zh-Hans")]
    [InlineData("en-US", "en-US en")]
    [InlineData("en-AU", "en-AU en-001 en")]
    [InlineData("en-GB", "en-GB en-001 en")]
    [InlineData("en-CH", "en-CH en-150 en-001 en")]
    [InlineData("es-MX", "es-MX es-419 es")]
    [InlineData("pt-AO", "pt-AO pt-PT pt")]
    [InlineData("fr-CA", "fr-CA fr")]
    [InlineData("de-AT", "de-AT de")]
    [InlineData("fr", "fr")]
    [InlineData("sr-ME", "sr-ME sr-Latn-ME sr-Latn sr")] // CLDR: Montenegrin Serbian is likely Latin
    public void ChainFollowsCldrParentsAndLikelyScripts(string tag, string expected)
    {
        Assert.Equal(expected.Split(' '), LocaleChain.For(tag));
    }

    [Theory]
    [InlineData("ZH-hant-tw", "zh-Hant-TW zh-Hant zh")]
    [InlineData("en_au", "en-AU en-001 en")]
    [InlineData("es-419", "es-419 es")]
    [InlineData("PT-br", "pt-BR pt")]
    public void InputInAnyCasingGivesCanonicalCasing(string tag, string expected)
    {
        Assert.Equal(expected.Split(' '), LocaleChain.For(tag));
    }

    [Fact]
    public void VariantsAreDroppedBeforeTheParents()
    {
        Assert.Equal(["de-CH-1996", "de-CH", "de"], LocaleChain.For("de-CH-1996"));
    }

    [Theory]
    [InlineData("en-AU", "en-AU")]
    [InlineData("de-LU", "de")]
    [InlineData("pt-BR", "pt")]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("es-CL", "es-419")]
    [InlineData("xx-YY", "und")]
    public void DataComesFromTheFirstLocaleOfTheChainThatCldrHas(string tag, string source)
    {
        Assert.Equal(source, LocaleData.For(tag).Source);
    }
}
