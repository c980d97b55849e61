using System.Globalization;
using System.Text;
using StaticEvent.Model;
using StaticEvent.Text;

namespace StaticEvent.Tests.Engine;

/// <summary>How titles and tags become URL segments in every script (docs/editors.md, "How titles and tags become URLs").</summary>
public sealed class SlugTests
{
    public static TheoryData<string, string, string> EveryScript() => new()
    {
        // Japanese: dakuten and handakuten are part of the letter (バス bus, パス pass, ハス lotus).
        { "ja", "オープンデータ", "オープンデータ" },
        { "ja", "バス", "バス" },
        { "ja", "パス", "パス" },
        { "ja", "ハス", "ハス" },
        { "ja", "ガ", "ガ" },
        { "ja", "プ", "プ" },
        { "ja", "カ\u3099", "ガ" },                      // a combining dakuten (macOS file names) is composed, not dropped
        { "ja", "東京 2025", "東京-2025" },
        { "ja", "ＩＣＴ\u3000セキュリティ", "ict-セキュリティ" }, // fullwidth Latin is Latin; the ideographic space separates words
        // Korean stays composed, even from conjoining jamo.
        { "ko", "한국어 태그", "한국어-태그" },
        { "ko", "\u1112\u1161\u11AB\u1100\u1173\u11AF", "한글" },
        // Chinese.
        { "zh", "开放数据", "开放数据" },
        { "zh", "開放 資料", "開放-資料" },
        // Arabic: hamza forms and harakat are kept; the tatweel only stretches the line.
        { "ar", "الجرائم المالية", "الجرائم-المالية" },
        { "ar", "أمن إقليمي", "أمن-إقليمي" },
        { "ar", "عِلْم", "عِلْم" },
        { "ar", "عـــلم", "علم" },
        // Persian: the zero-width non-joiner inside a word is spelling.
        { "fa", "کتاب\u200Cها", "کتاب\u200Cها" },
        { "fa", "امنیت سایبری", "امنیت-سایبری" },
        // Hebrew keeps its points.
        { "he", "שָׁלוֹם", "שָׁלוֹם" },
        { "he", "עברית חדשה", "עברית-חדשה" },
        // Devanagari and Bengali vowel signs (spacing and non-spacing) and viramas are letters' parts.
        { "hi", "हिन्दी भाषा", "हिन्दी-भाषा" },
        { "hi", "साइबर अपराध", "साइबर-अपराध" },
        { "bn", "বাংলা ভাষা", "বাংলা-ভাষা" },
        // Thai vowel and tone marks.
        { "th", "ภาษาไทย", "ภาษาไทย" },
        { "th", "น้ำ ท่วม", "น้ำ-ท่วม" },
        // Cyrillic keeps й and ё (they decompose, but are letters of their own).
        { "ru", "Йошкар-Ола", "йошкар-ола" },
        { "ru", "Ёлка", "ёлка" },
        // Greek keeps its accents; a capital Σ ending a word is ς.
        { "el", "Ελληνικά", "ελληνικά" },
        { "el", "ΟΔΟΣ ΣΟΦΟΣ", "οδος-σοφος" },
        // Latin: accents folded, letters that are not base+accent mapped.
        { "fr", "Sécurité publique", "securite-publique" },
        { "fr", "Cœur de l'été", "coeur-de-l-ete" },
        { "fr", "Ça va, Noël ?", "ca-va-noel" },
        { "fr", "Über", "uber" },
        { "es", "Señal Año", "senal-ano" },
        { "pl", "Łódź", "lodz" },
        { "hr", "Đakovo", "dakovo" },
        { "nb", "Bjørn Ærlig", "bjorn-aerlig" },
        { "sv", "Åsa Öberg", "asa-oberg" },
        { "is", "Þórður", "thordur" },
        { "vi", "Tiếng Việt", "tieng-viet" },
        { "tr", "Işık", "isik" },
        { "es", "93.ª Asamblea", "93-a-asamblea" },
        // German transliterates, in every German variant.
        { "de", "Über Größe", "ueber-groesse" },
        { "de", "Straße", "strasse" },
        { "de", "STRASSE", "strasse" },
        { "de-AT", "Österreich", "oesterreich" },
        { "de-CH", "Zürich", "zuerich" },
        // Danish writes æ ø å as ae oe aa.
        { "da", "Ærø Å", "aeroe-aa" },
        // Separators and leftovers.
        { "en", "Open   Data!!", "open-data" },
        { "en", "C++", "c" },
        { "en", "-- Hello, World --", "hello-world" },
        { "en", "🎉", "-" },
        { "en", "con", "-con" },
    };

    [Theory]
    [MemberData(nameof(EveryScript))]
    public void TitlesAndTagsKeepTheirScriptAndFoldOnlyLatin(string language, string text, string expected)
    {
        var slug = UrlSegment.Slugify(text, language);

        Assert.Equal(expected.Normalize(NormalizationForm.FormC), slug);
        Assert.True(slug.IsNormalized(NormalizationForm.FormC));
        Assert.True(UrlSegment.IsValid(slug), $"'{slug}' is not a valid segment");
    }

    [Fact]
    public void WordsThatDifferOnlyByVoicingMarksGetDifferentSlugs()
    {
        var slugs = new[] { "バス", "パス", "ハス", "カ", "ガ" }.Select(t => UrlSegment.Slugify(t, "ja")).ToList();

        Assert.Equal(slugs.Count, slugs.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void SlugsDoNotDependOnTheCurrentCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("title-istanbul", UrlSegment.Slugify("TITLE İSTANBUL", "tr"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void WithoutALanguageOnlyTheGeneralFoldingApplies()
    {
        Assert.Equal("uber", UrlSegment.Slugify("Über", language: null));
        Assert.Equal("opening-ceremony", UrlSegment.Slugify("Opening ceremony", language: null));
    }

    [Theory]
    [InlineData("fr", "Sécurité", "securite")]
    [InlineData("fr", "SÉCURITÉ", "Securite")]
    [InlineData("en", "Open Data", "open-data")]
    [InlineData("en", "open_data", "Open–Data")]
    [InlineData("fr", "l'été", "l’Été")]
    [InlineData("de", "Müller", "Mueller")]
    [InlineData("el", "ΟΔΟΣ", "οδος")]
    public void TagsThatDifferOnlyByCaseAccentsOrSeparatorsAreOneTag(string language, string a, string b) =>
        Assert.Equal(TagIdentity.Of(a, language), TagIdentity.Of(b, language));

    [Theory]
    [InlineData("en", "C++", "C#")]
    [InlineData("en", "C", "C#")]
    [InlineData("en", "Node.js", "Node js")]
    [InlineData("ja", "バス", "パス")]
    [InlineData("ar", "عِلم", "عَلَم")]
    [InlineData("fr", "Müller", "Mueller")]
    public void TagsThatDifferInAnythingElseAreTwoTags(string language, string a, string b) =>
        Assert.NotEqual(TagIdentity.Of(a, language), TagIdentity.Of(b, language));

    [Theory]
    [InlineData(null, "")]
    [InlineData("de", "de")]
    [InlineData("DE-at", "de")]
    [InlineData("de_CH", "de")]
    [InlineData("da", "da")]
    [InlineData("nb", "")]
    [InlineData("sv", "")]
    public void TransliterationIsChosenByThePrimaryLanguageSubtag(string? language, string table) =>
        Assert.Same(SlugTransliteration.For(table.Length == 0 ? null : table), SlugTransliteration.For(language));
}
