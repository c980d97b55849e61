using System.Collections.Concurrent;
using System.Globalization;
using Scriban.Runtime;
using StaticEvent.Configuration;
using StaticEvent.Locale;
using StaticEvent.Model;
using StaticEvent.Parsing;
using StaticEvent.Rendering.Markup;
using StaticEvent.Yaml;
using static StaticEvent.Rendering.ScriptValues;

namespace StaticEvent.Rendering;

/// <summary>
/// What templates see: <c>site</c>, <c>lang</c> and <c>page</c> as read-only Scriban objects with
/// snake_case members (see docs/themes.md). Page objects are built once and shared; strings stay
/// plain strings (escaped when written), rendered Markdown is <see cref="SafeHtml"/>.
/// </summary>
internal sealed class TemplateModel
{
    private readonly ConcurrentDictionary<Page, ScriptObject> _pages = new();
    private readonly ConcurrentDictionary<Page, ScriptObject> _cards = new();
    private readonly ConcurrentDictionary<string, ScriptObject> _sites = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ScriptObject> _languages = new(StringComparer.Ordinal);
    private readonly SiteModel _site;
    private readonly UrlBuilder _urls;
    private readonly MarkdownRenderer _markdown;

    private readonly DateTimeOffset _now;

    /// <param name="site">The assembled site.</param>
    /// <param name="urls">Makes the URLs pages print.</param>
    /// <param name="markdown">Renders page bodies.</param>
    /// <param name="now">The build's "now", which makes a dated page "future".</param>
    public TemplateModel(SiteModel site, UrlBuilder urls, MarkdownRenderer markdown, DateTimeOffset now)
    {
        _now = now;
        _site = site;
        _urls = urls;
        _markdown = markdown;
    }

    /// <summary>The <c>site</c> object as seen from one language (menus and home in that language).</summary>
    public ScriptObject Site(LanguageConfig? language) => _sites.GetOrAdd(language?.Code ?? string.Empty, _ => BuildSite(language));

    public ScriptObject Language(LanguageConfig language) => _languages.GetOrAdd(language.Code, _ => ReadOnly(new ScriptObject
    {
        ["code"] = language.Code,
        ["name"] = language.Name,
        ["dir"] = language.Direction,
        ["culture"] = language.Culture.Name,

        // From CLDR: "arab", "latn", "hans", "jpan"… (data-script on <html>), and what goes between list items.
        ["script"] = LocaleData.For(language.Locale).Script.ToLowerInvariant(),
        ["list_separator"] = LocaleData.For(language.Locale).Lists.Separator,

        // The CLDR numbering system of the language's digits setting ("latn", "arab"…), for scripts that format with Intl.
        ["numbering"] = LocaleData.For(language.Locale).Numbers(language.Digits).Name,
        ["title"] = language.Title,
        ["description"] = language.Description,
        ["url"] = _urls.Path(language.Code + "/"),
    }));

    /// <summary>The language's script code, from its cached <c>lang</c> object: links to pages ask for it on every page.</summary>
    private string ScriptOf(LanguageConfig language) => (string)Language(language)["script"]!;

    public ScriptObject Page(Page page) => _pages.GetOrAdd(page, BuildPage);

    /// <summary>
    /// A page as other pages see it through <c>site</c> (home, sections and their pages): what a
    /// menu, a related-articles list or a card shows, without the body. Keeping the body out of
    /// the site-wide objects means a body edit only changes the pages that really show it.
    /// </summary>
    public ScriptObject Card(Page page) => _cards.GetOrAdd(page, p => ReadOnly(new ScriptObject
    {
        ["kind"] = KindName(p.Kind),
        ["title"] = p.Title,
        ["description"] = p.Description,
        ["summary"] = p.Source?.FrontMatter.Summary ?? _markdown.Render(p).Summary,
        ["url"] = _urls.Path(p.RelativeUrl),
        ["permalink"] = _urls.Absolute(p.RelativeUrl),
        ["date"] = p.Date,
        ["updated"] = p.Updated,
        ["lang"] = p.Language?.Code,
        ["section"] = p.Section,
        ["key"] = p.TranslationKey,
        ["tags"] = ReadOnly(new ScriptArray(TagLinks(p))),
        ["author"] = p.Source?.FrontMatter.Author,
        ["draft"] = p.IsDraft,
        ["future"] = p.Date > _now,
        ["weight"] = p.Weight,
        ["count"] = p.Children.Count,
    }));

    private ScriptObject BuildSite(LanguageConfig? language)
    {
        var config = _site.Config;
        var site = new ScriptObject
        {
            ["base_url"] = config.BaseUrl.ToString(),
            ["base_path"] = config.BasePath,
            ["default_language"] = config.DefaultLanguage,
            ["time_zone"] = config.TimeZone.Id,
            ["params"] = ToScript(config.Params),
            ["languages"] = ReadOnly(new ScriptArray(config.Languages.Select(Language))),
        };
        if (language is not null)
        {
            var localized = _site.Language(language.Code);
            site["title"] = language.Title;
            site["description"] = language.Description;
            site["home"] = Card(localized.Home);
            site["menus"] = ReadOnly(Menus(localized));
            site["sections"] = ReadOnly(Sections(localized));
            site["tags"] = ReadOnly(new ScriptArray(localized.Tags.Select(Link)));
        }
        else
        {
            site["title"] = config.Language(config.DefaultLanguage).Title;
            site["description"] = config.Language(config.DefaultLanguage).Description;
        }

        return ReadOnly(site);
    }

    private ScriptObject Menus(LocalizedSite localized)
    {
        var menus = new ScriptObject();
        foreach (var (name, entries) in localized.Menus)
        {
            menus[name] = ReadOnly(new ScriptArray(entries.Select(e => ReadOnly(new ScriptObject
            {
                ["name"] = e.Name,
                ["url"] = e.Page is null ? e.Url : _urls.Path(e.Url),
                ["section"] = e.SectionKey,
                ["key"] = e.Page?.TranslationKey,
                ["description"] = e.Description,
            }))));
        }

        return menus;
    }

    private ScriptObject Sections(LocalizedSite localized)
    {
        var sections = new ScriptObject();
        foreach (var (key, page) in localized.Sections)
        {
            var card = new ScriptObject();
            card.Import(Card(page));
            card["pages"] = ReadOnly(new ScriptArray(page.Children.Select(Card)));
            sections[key] = ReadOnly(card);
        }

        return sections;
    }

    private ScriptObject BuildPage(Page page)
    {
        var front = page.Source?.FrontMatter;
        var rendered = _markdown.Render(page);
        var obj = new ScriptObject
        {
            ["kind"] = KindName(page.Kind),
            ["title"] = page.Title,
            ["description"] = page.Description ?? (rendered.Summary.Length > 0 ? rendered.Summary : page.Language?.Description),
            ["summary"] = front?.Summary ?? rendered.Summary,
            ["content"] = page.Source is null ? rendered.Html : SafeHtml.BodyOf(page.SourcePath, rendered.Html),
            ["url"] = _urls.Path(page.RelativeUrl),
            ["permalink"] = _urls.Absolute(page.RelativeUrl),
            ["relative_url"] = page.RelativeUrl,
            ["date"] = page.Date,
            ["updated"] = page.Updated,
            ["lang"] = page.Language?.Code,
            ["dir"] = page.Language?.Direction,
            ["section"] = page.Section,
            ["key"] = page.TranslationKey,
            ["tag"] = page.Tag,
            ["tags"] = ReadOnly(new ScriptArray(TagLinks(page))),
            ["author"] = front?.Author,
            ["image"] = front?.Image is { } image ? ImageUrl(page, image) : null,
            ["image_alt"] = front?.ImageAlt,
            ["image_size"] = front?.Image is { } measured ? ImageSize(page, measured) : null,
            ["card"] = CardOf(page),
            ["draft"] = page.IsDraft,
            ["future"] = page.Date > _now,
            ["weight"] = page.Weight,
            ["is_home"] = page.Kind == PageKind.Home,
            ["is_list"] = page.IsList,
            ["source"] = page.Source?.File.SourcePath,
            ["params"] = ToScript(front?.Params),
            ["translations"] = ReadOnly(new ScriptArray(page.Translations.Select(Link))),
            ["languages"] = ReadOnly(new ScriptArray(LanguageLinks(page))),
            ["breadcrumbs"] = ReadOnly(new ScriptArray(Breadcrumbs(page))),
            ["parent"] = page.Parent is { } parent ? Link(parent) : null,
            ["json_ld"] = JsonLd(page, front),
            ["pages"] = ReadOnly(new ScriptArray(page.Children.Select(Page))),
            ["count"] = page.Children.Count,
        };
        return ReadOnly(obj);
    }

    /// <summary>A small object to link to a page (no content), safe to put in lists without cycles.</summary>
    public ScriptObject Link(Page page) => ReadOnly(new ScriptObject
    {
        ["title"] = page.Title,
        ["url"] = _urls.Path(page.RelativeUrl),
        ["permalink"] = _urls.Absolute(page.RelativeUrl),
        ["lang"] = page.Language?.Code,
        ["language_name"] = page.Language?.Name,
        ["dir"] = page.Language?.Direction,
        ["script"] = page.Language is { } language ? ScriptOf(language) : null,
        ["count"] = page.Children.Count,
    });

    private IEnumerable<ScriptObject> TagLinks(Page page)
    {
        if (page.Source is null || page.Language is null)
        {
            yield break;
        }

        var localized = _site.Language(page.Language.Code);
        foreach (var tag in page.Source.FrontMatter.Tags)
        {
            if (localized.TagPage(tag) is { } tagPage)
            {
                yield return ReadOnly(new ScriptObject { ["name"] = tag, ["url"] = _urls.Path(tagPage.RelativeUrl) });
            }
        }
    }

    /// <summary>One entry per site language: the same page where translated, else that language's home.</summary>
    private IEnumerable<ScriptObject> LanguageLinks(Page page)
    {
        foreach (var language in _site.Config.Languages)
        {
            var current = page.Language?.Code == language.Code;
            var target = current ? page : page.Translations.FirstOrDefault(t => t.Language!.Code == language.Code);
            var home = _site.Language(language.Code).Home;
            yield return ReadOnly(new ScriptObject
            {
                ["code"] = language.Code,
                ["name"] = language.Name,
                ["dir"] = language.Direction,
                ["script"] = ScriptOf(language),
                ["url"] = _urls.Path((target ?? home).RelativeUrl),
                ["permalink"] = _urls.Absolute((target ?? home).RelativeUrl),
                ["translated"] = target is not null,
                ["current"] = current,
            });
        }
    }

    /// <summary>The page's schema.org data: WebSite on a home, NewsArticle on an article, and its breadcrumb trail.</summary>
    private SafeHtml JsonLd(Page page, FrontMatter? front)
    {
        var blocks = new List<object>();
        var language = page.Language;
        var url = _urls.Absolute(page.RelativeUrl);
        if (language is not null && page.Kind == PageKind.Home)
        {
            blocks.Add(StructuredData.WebSite(language.Title, language.Description, url, language.Code));
        }
        else if (language is not null && page.Kind == PageKind.Article)
        {
            // The article's own image, else its social card: search engines want an image on a NewsArticle.
            var image = front?.Image is { } path ? AbsoluteImage(ImageUrl(page, path))
                : _site.Media.Card(page) is { } card ? _urls.Absolute(card.Path) : null;
            blocks.Add(StructuredData.NewsArticle(page.Title, page.Description, url, language.Code, page.Date, page.Updated, front?.Author, image, language.Title));
        }

        if (page.Parent is not null && page.Kind is not (PageKind.NotFound or PageKind.LanguageChooser))
        {
            var trail = new List<Page> { page };
            for (var current = page.Parent; current is not null; current = current.Parent)
            {
                trail.Insert(0, current);
            }

            blocks.Add(StructuredData.Breadcrumbs(trail.Select(p => (p.Title, _urls.Absolute(p.RelativeUrl)))));
        }

        return StructuredData.Scripts(blocks);
    }

    private string AbsoluteImage(string url) => url.Contains("://", StringComparison.Ordinal) ? url : new Uri(_urls.BaseUrl, url).AbsoluteUri;

    private IEnumerable<ScriptObject> Breadcrumbs(Page page)
    {
        var trail = new List<Page>();
        for (var current = page.Parent; current is not null; current = current.Parent)
        {
            trail.Add(current);
        }

        trail.Reverse();
        return trail.Select(Link);
    }

    private string ImageUrl(Page page, string image) =>
        image.Contains("://", StringComparison.Ordinal) ? image
        : image.StartsWith('/') ? _urls.Path(image)
        : _urls.Path(page.RelativeUrl + image);

    /// <summary><c>page.card</c>: the page's social card (a 1200×630 PNG), or null when <c>params.socialCards</c> is false.</summary>
    private ScriptObject? CardOf(Page page) => _site.Media.Card(page) is { } card
        ? ReadOnly(new ScriptObject
        {
            ["url"] = _urls.Absolute(card.Path),
            ["alt"] = card.Alt,
            ["width"] = Images.SocialCard.Width,
            ["height"] = Images.SocialCard.Height,
            ["type"] = "image/png",
        })
        : null;

    /// <summary><c>page.image_size</c>: the hero's width, height, srcset and sizes when the build measured it (a bundle or static/ image).</summary>
    private ScriptObject? ImageSize(Page page, string image)
    {
        if (image.Contains("://", StringComparison.Ordinal) || page.Source is null)
        {
            return null;
        }

        var folder = page.SourcePath[..(page.SourcePath.LastIndexOf('/') + 1)];
        var source = image.StartsWith('/')
            ? new[] { "static/", $"themes/{_site.Config.Theme}/static/" }.Select(r => r + image.TrimStart('/')).FirstOrDefault(p => _site.Media.Image(p) is not null)
            : folder + image;
        if (source is null || _site.Media.Image(source) is not { } measured)
        {
            return null;
        }

        var srcset = measured.SrcSet(ImageUrl(page, image));
        return ReadOnly(new ScriptObject
        {
            ["width"] = measured.Width,
            ["height"] = measured.Height,
            ["srcset"] = srcset.Length == 0 ? null : srcset,
            ["sizes"] = srcset.Length == 0 ? null : Markup.MarkdownRenderer.BodyImageSizes,
        });
    }

    private static string KindName(PageKind kind) => kind switch
    {
        PageKind.NotFound => "404",
        PageKind.LanguageChooser => "languages",
        PageKind.TagIndex => "tags",
        PageKind.SpeakerIndex => "speakers",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Free YAML (front matter extras, <c>params</c>) as Scriban values: true/false and numbers typed, the rest text.</summary>
    public static object? ToScript(DataNode? node) => node switch
    {
        null => ReadOnly(new ScriptObject()),
        DataScalar { IsNull: true } => null,
        DataScalar { IsPlain: true, Value: "true" } => true,
        DataScalar { IsPlain: true, Value: "false" } => false,
        DataScalar { IsPlain: true } s when long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        DataScalar s => s.Value,
        DataList list => ReadOnly(new ScriptArray(list.Items.Select(ToScript))),
        DataMap map => ToScript(map.Entries),
        _ => null,
    };

    public static ScriptObject ToScript(IEnumerable<KeyValuePair<DataScalar, DataNode>>? entries)
    {
        var obj = new ScriptObject();
        foreach (var (key, value) in entries ?? [])
        {
            obj[key.Value] = ToScript(value);
        }

        return ReadOnly(obj);
    }
}
