using System.Collections.Concurrent;
using StaticEvent.Checking;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Locale;
using StaticEvent.Model;
using StaticEvent.Output;
using StaticEvent.Yaml;

namespace StaticEvent.Images;

/// <summary>
/// The images stage, between assembly and rendering: a social card per page (<see cref="Card"/>),
/// and the measured sizes and WebP variants of editors' images (<see cref="Image"/>), which
/// Markdown and templates print as <c>width</c>, <c>height</c> and <c>srcset</c>. Cards and
/// variants are encoded before rendering (through <see cref="MediaCache"/>) and written by
/// <see cref="Write"/> after the pages, so a name clash with a page is reported, not hidden.
/// </summary>
internal sealed partial class SiteMedia
{
    /// <summary>The folder cards are written to.</summary>
    public const string CardFolder = "cards/";

    private readonly Dictionary<Page, (string Path, string Alt)> _cards = [];
    private readonly Dictionary<string, SocialCard> _cardFiles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EditorImage> _images = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string Output, byte[] Bytes)> _files = [];
    private readonly MediaCache? _cache;
    private readonly CardFonts? _fonts;

    private SiteMedia(MediaCache? cache, CardFonts? fonts)
    {
        _cache = cache;
        _fonts = fonts;
    }

    /// <summary>No cards, no measured images (a site model built outside <see cref="SiteBuilder"/>).</summary>
    public static SiteMedia None { get; } = new(null, null);

    /// <summary>Cards and variants encoded by this build rather than found in the cache.</summary>
    public int Encoded => _cache?.Encoded ?? 0;

    /// <summary>A hash of every image's measured size and variants, for caches of rendered Markdown.</summary>
    public string Signature { get; private set; } = string.Empty;

    /// <summary>The card of a page: its path in the output (<c>cards/….png</c>) and its text alternative; null when cards are off.</summary>
    public (string Path, string Alt)? Card(Page page) => _cards.TryGetValue(page, out var card) ? card : null;

    /// <summary>An editor's image by its source path (<c>content/news/x/photo.jpg</c>, <c>static/images/a.png</c>); null when not measured.</summary>
    public EditorImage? Image(string sourcePath) => _images.GetValueOrDefault(sourcePath);

    /// <summary>The cards to write, by output path (tests read their layout through this).</summary>
    public IReadOnlyDictionary<string, SocialCard> CardFiles => _cardFiles;

    /// <summary>Whether <c>params.socialCards</c> (theme.yml default: true) leaves cards on.</summary>
    public static bool CardsEnabled(SiteConfig config) =>
        config.Params?["socialCards"] is not DataScalar { Value: "false" or "no" or "off" };

    /// <param name="site">The assembled site.</param>
    /// <param name="source">The site's files, theme included.</param>
    /// <param name="templates">The text of every layout and partial, as the template stage read them.</param>
    /// <param name="cache">Where encoded cards and variants are found and kept.</param>
    /// <param name="strings">The interface string of a language by key (the tag page's title).</param>
    /// <param name="parallelism">Threads to use.</param>
    /// <param name="diagnostics">Receives the images' problems.</param>
    public static SiteMedia Prepare(SiteModel site, IFileSource source, IReadOnlyDictionary<string, string> templates, MediaCache cache, Func<string, string, string?> strings, int parallelism, DiagnosticBag diagnostics)
    {
        cache.BeginBuild();
        var fonts = CardsEnabled(site.Config) && LayoutsPrintCards(templates) ? CardFonts.Load(source, site.Config.Theme) : null;
        var media = new SiteMedia(cache, fonts);
        if (fonts is not null)
        {
            media.PlanCards(site, strings);
        }

        media.MeasureImages(site, source, parallelism, diagnostics);
        return media;
    }

    /// <summary>Writes the cards and the variants (after the pages) and forgets cache entries this build did not use.</summary>
    public void Write(IOutputSink sink, LinkIndex links, int parallelism, DiagnosticBag diagnostics)
    {
        if (_cache is null)
        {
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        if (_fonts is not null && _cardFiles.Count > 0)
        {
            var shaper = _fonts.Shaper;
            Parallel.ForEach(_cardFiles.OrderBy(c => c.Key, StringComparer.Ordinal), options, card =>
            {
                var bytes = _cache.GetOrMake(card.Key[CardFolder.Length..^4], ".png", () => SocialCardPainter.Paint(card.Value, SocialCardLayout.Compute(card.Value, shaper), shaper));
                WriteOnce(card.Key, bytes, "the social cards", sink, links, diagnostics);
            });
        }

        foreach (var (output, bytes) in _files.OrderBy(f => f.Output, StringComparer.Ordinal))
        {
            WriteOnce(output, bytes, "the image pipeline", sink, links, diagnostics);
        }

        _cache.EndBuild();
    }

    private static void WriteOnce(string output, byte[] bytes, string writer, IOutputSink sink, LinkIndex links, DiagnosticBag diagnostics)
    {
        if (links.HasFile(output) || links.Pages.ContainsKey(output))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateUrl, new SourceLocation(output), $"'{output}' would be written twice: by the site and by {writer}",
                "rename the file; names ending in -480w.webp, -960w.webp, -1600w.webp and the cards/ folder are the build's");
            return;
        }

        sink.Write(output, bytes);
        links.AddFile(output);
    }

    /// <summary>
    /// Cards are drawn when a layout mentions <c>page.card</c>, itself or through a partial that
    /// another template includes by name (the default head.sbn): a theme that never shows them
    /// costs nothing, and a full and an incremental build decide alike.
    /// </summary>
    private static bool LayoutsPrintCards(IReadOnlyDictionary<string, string> templates) =>
        templates.Any(t => t.Value.Contains("page.card", StringComparison.Ordinal)
            && (!t.Key.Contains("/partials/", StringComparison.Ordinal)
                || templates.Any(o => o.Key != t.Key && o.Value.Contains($"\"{System.IO.Path.GetFileNameWithoutExtension(t.Key)}\"", StringComparison.Ordinal))));

    private void PlanCards(SiteModel site, Func<string, string, string?> strings)
    {
        var config = site.Config;
        var colors = Colors(config.Params);
        var host = config.BaseUrl.Host;
        foreach (var localized in site.Languages)
        {
            var language = localized.Language;
            var home = Plan(localized.Home, Spec(language, language.Title));
            _cards[localized.NotFound] = home;
            foreach (var page in localized.Pages.Where(p => p != localized.Home))
            {
                var title = page.Kind switch
                {
                    PageKind.Home => language.Title,
                    PageKind.Tag when strings(language.Code, "tags.title") is { } format => SafeFormat(format, page.Title),
                    PageKind.NotFound => null,
                    _ => page.Title,
                };
                _cards[page] = title is null ? home : Plan(page, Spec(language, title));
            }
        }

        // The root chooser shares the default language's home card.
        _cards[site.LanguageChooser] = _cards[site.Language(config.DefaultLanguage).Home];

        SocialCard Spec(LanguageConfig language, string title)
        {
            var locale = LocaleData.For(language.Locale);
            return new SocialCard(title, language.Title, Dates(config, language), host, language.Code, locale.Script, language.IsRightToLeft, colors);
        }

        (string, string) Plan(Page page, SocialCard card)
        {
            var path = $"{CardFolder}{card.Key(_fonts!.Signature)}.png";
            _cardFiles[path] = card;
            return _cards[page] = (path, card.Alt);
        }
    }

    private static string SafeFormat(string format, string value)
    {
        try
        {
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, format, value);
        }
        catch (FormatException)
        {
            return value;
        }
    }

    private static string? Dates(SiteConfig config, LanguageConfig language)
    {
        if (config.Params?["eventStart"] is not DataScalar start || config.Params["eventEnd"] is not DataScalar end
            || !DateOnly.TryParseExact(start.Value, "yyyy-MM-dd", out var a) || !DateOnly.TryParseExact(end.Value, "yyyy-MM-dd", out var b))
        {
            return null;
        }

        var dates = new LocalDates(LocaleData.For(language.Locale), language.Digits);
        return dates.Range(new DateTimeOffset(a, TimeOnly.MinValue, TimeSpan.Zero), new DateTimeOffset(b, TimeOnly.MinValue, TimeSpan.Zero));
    }

    private static CardColors Colors(DataMap? parameters)
    {
        var colors = parameters?["colors"] as DataMap;
        string Get(string key, string fallback) => colors?[key] is DataScalar { Value: var value } && Themes.CssColor.TryParse(value, out _) ? value : fallback;
        return new CardColors(Get("brand", "#1f2937"), Get("brandMid", "#374151"), Get("accent", "#5eead4"), "#ffffff", Get("accentLight", "#ccfbf1"), Get("onBrand", "#d1d5db"));
    }
}
