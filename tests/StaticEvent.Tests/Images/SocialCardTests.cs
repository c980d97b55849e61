using StaticEvent.Images;
using StaticEvent.IO;
using StaticEvent.Locale;
using StaticEvent.Output;
using StaticEvent.Tests.Infrastructure;
using StaticEvent.Tests.Languages;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Images;

/// <summary>Social cards (issue 15, "a flagship look"): one 1200×630 PNG per page, in the page's language and direction.</summary>
public sealed class SocialCardTests
{
    private static readonly Lazy<(BuildResult Result, MemoryOutputSink Output)> DefaultSite = new(() => BuildDefaultSite());

    private static readonly Uri DefaultBaseUrl = new("https://ga93.example.org/");

    private static (BuildResult, MemoryOutputSink) BuildDefaultSite(string? cacheDirectory = null)
    {
        var sink = new MemoryOutputSink();
        var root = Prerequisites.RepositoryRoot;
        var result = SiteBuilder.Build(new PhysicalFileSource(root), sink, new BuildOptions { SourceDirectory = root, CacheDirectory = cacheDirectory, MaxParallelism = 2 });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, sink);
    }

    [Fact]
    public void EveryPageOfTheDefaultSiteHasAnOgImageThatIsA1200By630Png()
    {
        var (_, output) = DefaultSite.Value;
        var pages = CardAssertions.Pages(output).ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages");
        foreach (var (path, html) in pages)
        {
            var meta = CardAssertions.Meta(html);
            Assert.True(meta.Image is not null, $"{path} has no og:image");
            Assert.Equal("summary_large_image", meta.Twitter);
            Assert.Equal(("1200", "630"), (meta.Width, meta.Height));
            Assert.False(string.IsNullOrWhiteSpace(meta.Alt), $"{path} has no og:image:alt");
            var card = CardAssertions.OutputPath(meta.Image, DefaultBaseUrl);
            Assert.True(output.Files.ContainsKey(card), $"{path}: {card} was not written");
            CardAssertions.AssertPngCard(output.Files[card], card);
        }
    }

    [Fact]
    public void AnArabicCardIsMirroredAndAFrenchOneIsNot()
    {
        // The layout model: the Arabic title ends at the right margin, the French one starts at the left.
        var fonts = CardAssertions.Fonts();
        var colors = new CardColors("#0b2545", "#13335e", "#e0b24f", "#ffffff", "#f5d48a", "#c9d6e8");
        var arabic = SocialCardLayout.Compute(new SocialCard("غسل الأموال: النشرة الفضية", "الدورة 93 للجمعية العامة للإنتربول", "24–27 نونبر 2025", "ga93.example.org", "ar", "Arab", true, colors), fonts.Shaper);
        var french = SocialCardLayout.Compute(new SocialCard("Ouverture de l’Assemblée", "93e Assemblée générale d’INTERPOL", "24–27 novembre 2025", "ga93.example.org", "fr", "Latn", false, colors), fonts.Shaper);
        foreach (var line in arabic.Lines.Where(l => l.Role != "host"))
        {
            Assert.Equal(SocialCard.Width - SocialCardLayout.Margin, line.X + line.Line.Width, 1);
            Assert.True(line.X > 300, $"the Arabic {line.Role} starts at {line.X}");
        }

        Assert.All(french.Lines.Where(l => l.Role != "host"), line => Assert.Equal(SocialCardLayout.Margin, line.X));
        Assert.True(arabic.Lines.Single(l => l.Role == "host").X < 300, "the host goes to the left on a right-to-left card");

        // The pixels of the built cards: the Arabic home's title ink reaches the right margin and leaves the left side empty.
        var (_, output) = DefaultSite.Value;
        byte[] Card(string page) => output.Files[CardAssertions.OutputPath(CardAssertions.Meta(System.Text.Encoding.UTF8.GetString(output.Files[page])).Image!, DefaultBaseUrl)];
        var ar = CardAssertions.TitleInk(Card("ar/index.html"));
        var fr = CardAssertions.TitleInk(Card("fr/index.html"));
        Assert.InRange(ar.Right, 1090, 1121);
        Assert.True(ar.Left > 120, $"the Arabic title starts at column {ar.Left}");
        Assert.InRange(fr.Left, 80, 100);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("hi")]
    [InlineData("th")]
    [InlineData("ko")]
    [InlineData("zh-Hant")]
    [InlineData("bn")]
    [InlineData("he")]
    [InlineData("ur")]
    public void ACardOfAStarterSiteHasNoMissingGlyph(string language)
    {
        // Given a `new site` starter in one language, with a title in that language's script.
        var site = StarterSite.Build([language], language, "Asia/Tokyo", new DateOnly(2026, 10, 23), new DateOnly(2026, 10, 27));
        Assert.True(site.Result.Succeeded, site.Describe());
        var fonts = CardAssertions.Fonts();
        var locale = LocaleData.For(language);
        var cards = 0;
        foreach (var (path, html) in CardAssertions.Pages(site.Output))
        {
            // Then every text a card shows (its alt joins them) shapes with no .notdef glyph, and the PNG is written.
            var (image, alt, _, _, _) = CardAssertions.Meta(html);
            Assert.NotNull(image);
            var shaped = fonts.Shaper.Shape(alt!, 40, locale.Script, locale.IsRightToLeft);
            Assert.True(shaped.MissingGlyphs == 0, $"{path}: {shaped.MissingGlyphs} missing glyphs in '{alt}'");
            Assert.True(site.Output.Files.ContainsKey(new Uri(image!).AbsolutePath.TrimStart('/')), $"{path}: {image} not written");
            cards++;
        }

        Assert.True(cards > 3);
    }

    [Fact]
    public void TwoBuildsGiveByteIdenticalCards()
    {
        var (_, first) = DefaultSite.Value;
        var (_, second) = BuildDefaultSite();
        var cards = first.Files.Keys.Where(k => k.StartsWith(SiteMedia.CardFolder, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(cards);
        Assert.Equal(cards, second.Files.Keys.Where(k => k.StartsWith(SiteMedia.CardFolder, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(cards, card => Assert.True(first.Files[card].AsSpan().SequenceEqual(second.Files[card]), $"{card} differs"));
    }

    [Fact]
    public void ASecondBuildWithTheCacheFolderEncodesNothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "staticevent-cards-" + Guid.NewGuid().ToString("N"));
        try
        {
            var site = TestSite.WithBaseTheme(CardHead);
            var (first, firstOutput) = BuildWithCache(site, folder);
            Assert.True(first.ImagesEncoded > 0, "the first build drew no card");
            var (second, secondOutput) = BuildWithCache(site, folder);
            Assert.Equal(0, second.ImagesEncoded);
            var cards = firstOutput.Files.Keys.Where(k => k.StartsWith(SiteMedia.CardFolder, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(cards);
            Assert.All(cards, card => Assert.True(firstOutput.Files[card].AsSpan().SequenceEqual(secondOutput.Files[card])));
            Assert.Equal(cards.Count, Directory.GetFiles(folder, "*.png").Length);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static (BuildResult, MemoryOutputSink) BuildWithCache(TestSite site, string folder)
    {
        var sink = new MemoryOutputSink();
        var result = site.BuildInto(sink, new BuildOptions { SourceDirectory = "(memory)", CacheDirectory = folder, MaxParallelism = 2 });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, sink);
    }

    /// <summary>The test theme's base layout with the card's meta, as the default theme's head.sbn prints it.</summary>
    private const string CardHead = """
        -- themes/default/layouts/base.sbn --
        <!DOCTYPE html>
        <html lang="{{ lang.code }}" dir="{{ lang.dir }}"><head><title>{{ page.title }}</title>
        {{ if page.card }}<meta property="og:image" content="{{ page.card.url }}">{{ end }}
        </head><body><main>{{ main }}</main></body></html>
        """;

    [Fact]
    public void OnlyCardsAPagePrintsAreDrawnAndSocialCardsFalseLeavesThemAllOut()
    {
        // The test theme without the card's meta: nothing drawn.
        var none = TestSite.WithBaseTheme().Build().AssertSuccess();
        Assert.DoesNotContain(none.Output.Files.Keys, k => k.StartsWith(SiteMedia.CardFolder, StringComparison.Ordinal));

        var on = TestSite.WithBaseTheme(CardHead).Build().AssertSuccess();
        Assert.Contains(on.Output.Files.Keys, k => k.StartsWith(SiteMedia.CardFolder, StringComparison.Ordinal));
        Assert.Contains("og:image", on.Text("fr/index.html"), StringComparison.Ordinal);

        var off = TestSite.WithBaseTheme(CardHead + "\n" + """
            -- site.yml --
            baseUrl: https://example.org/
            defaultLanguage: fr
            timeZone: Africa/Casablanca
            languages:
              - { code: fr, name: Français, culture: fr-FR, title: Site FR, sections: { news: actualites, tags: sujets } }
              - { code: ar, name: العربية, culture: ar-MA, direction: rtl, title: موقع, sections: { news: akhbar } }
            menus:
              main:
                - ref: _index
            params:
              socialCards: false
            """).Build().AssertSuccess();
        Assert.DoesNotContain(off.Output.Files.Keys, k => k.StartsWith(SiteMedia.CardFolder, StringComparison.Ordinal));
        Assert.DoesNotContain("og:image", off.Text("fr/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ALongTitleWrapsOnSpacesAndEndsWithAnEllipsisAfterThreeLines()
    {
        var fonts = CardAssertions.Fonts();
        var title = string.Join(' ', Enumerable.Repeat("Coopération policière internationale", 12));
        var layout = SocialCardLayout.Compute(new SocialCard(title, "Event", null, null, "fr", "Latn", false, new CardColors("#000000", "#111111", "#222222", "#ffffff", "#eeeeee", "#dddddd")), fonts.Shaper);
        var lines = layout.Title.ToList();
        Assert.Equal(3, lines.Count);
        Assert.True(layout.TitleTruncated);
        Assert.EndsWith("…", lines[^1].Line.Text, StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Line.Width <= SocialCard.Width - (2 * SocialCardLayout.Margin) + 0.5f, $"'{l.Line.Text}' is {l.Line.Width} wide"));
        Assert.All(lines.SkipLast(1), l => Assert.True(title.Contains(l.Line.Text + " ", StringComparison.Ordinal), $"'{l.Line.Text}' was cut inside a word"));
    }

    [Fact]
    public void JapaneseBreaksBetweenCharactersButNotBeforeClosingPunctuation()
    {
        // Every character 1 unit wide, 5 to a line.
        var lines = LineBreaker.Break("国際刑事警察機構の総会、マラケシュで開催。", 5, 10, t => t.Length, out var truncated);
        Assert.False(truncated);
        Assert.All(lines, l => Assert.True(l.Length <= 5, l));
        Assert.DoesNotContain(lines, l => l.StartsWith('、') || l.StartsWith('。'));
        Assert.Equal("国際刑事警察機構の総会、マラケシュで開催。", string.Concat(lines));
    }

    [Fact]
    public void ThaiWithoutSpacesFallsBackToGraphemeClustersAndKeepsMarksOnTheirLetters()
    {
        var text = "การประชุมสมัชชาใหญ่ครั้งที่เก้าสิบสาม";
        var lines = LineBreaker.Break(text, 6, 20, t => new System.Globalization.StringInfo(t).LengthInTextElements, out _);
        Assert.True(lines.Count > 1);
        Assert.Equal(text, string.Concat(lines));
        Assert.DoesNotContain(lines, l => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(l[0]) == System.Globalization.UnicodeCategory.NonSpacingMark);
    }
}
