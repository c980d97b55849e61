using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Model;
using StaticEvent.Parsing;
using StaticEvent.Programme;
using StaticEvent.Text;

namespace StaticEvent.Assembling;

/// <summary>
/// Stage 4: turns parsed documents into one <see cref="LocalizedSite"/> per language: URLs,
/// translations, section lists, tag pages, menus, 404s and redirects. Everything that needs the
/// whole site at once happens here, so rendering can then take pages one by one.
/// </summary>
internal static partial class SiteAssembler
{
    public static SiteModel Assemble(IReadOnlyList<SourceDocument> documents, IReadOnlyList<string> resources, SiteConfig config, AssemblyOptions options, DiagnosticBag diagnostics, EventSchedule? schedule = null)
    {
        var published = documents.Where(d => options.IncludeDrafts || IsPublished(d, options.Now)).ToList();
        var leftOut = options.IncludeDrafts ? [] : LeftOut(documents, options.Now);
        var languages = new List<LocalizedSite>();
        var bySource = new Dictionary<string, Page>(StringComparer.Ordinal);

        foreach (var language in config.Languages)
        {
            var ofLanguage = published.Where(d => d.File.Language == language.Code).ToList();
            var site = BuildLanguage(language, ofLanguage, config, bySource, diagnostics, schedule is not null, options);
            if (schedule is not null)
            {
                AddSchedule(site, schedule, options);
            }

            languages.Add(site);
        }

        var sharedSectionLists = CheckSectionSlugs(languages, diagnostics);

        LinkTranslations(languages, diagnostics);
        LinkTagTranslations(languages);
        foreach (var site in languages)
        {
            ResolveMenus(site, config, diagnostics);
        }

        var chooser = new Page
        {
            Kind = PageKind.LanguageChooser,
            Title = config.Language(config.DefaultLanguage).Title,
            TranslationKey = "_chooser",
            RelativeUrl = string.Empty,
        };

        var redirects = BuildRedirects(languages, config.BaseUrl, config.DeclaredBaseUrl, diagnostics);
        var resourceOutputs = PlaceResources(resources, bySource);
        CheckUniqueOutputs(languages, chooser, redirects, resourceOutputs, sharedSectionLists, diagnostics);
        TranslationReport.Check(languages, config, diagnostics);

        return new SiteModel
        {
            Config = config,
            Languages = languages,
            LanguageChooser = chooser,
            Redirects = redirects,
            BySource = bySource,
            Resources = resourceOutputs,
            Schedule = schedule,
            LeftOut = leftOut,
        };
    }

    private static bool IsPublished(SourceDocument document, DateTimeOffset now) =>
        !document.FrontMatter.Draft && !(document.FrontMatter.Date > now);

    private static List<LeftOutPage> LeftOut(IReadOnlyList<SourceDocument> documents, DateTimeOffset now) =>
        documents
            .Where(d => !IsPublished(d, now))
            .Select(d => new LeftOutPage(d.File.SourcePath, d.FrontMatter.Draft ? LeftOutReason.Draft : LeftOutReason.Future, d.FrontMatter.Date))
            .OrderBy(p => p.SourcePath, StringComparer.Ordinal)
            .ToList();

    /// <summary>The section key whose page is the programme when the site has a schedule.</summary>
    public const string ProgrammeSection = "programme";

    private static LocalizedSite BuildLanguage(LanguageConfig language, List<SourceDocument> documents, SiteConfig config, Dictionary<string, Page> bySource, DiagnosticBag diagnostics, bool hasSchedule, AssemblyOptions options)
    {
        documents = WithoutUnusableSections(language, documents, diagnostics);
        var prefix = language.Code + "/";
        var homeDocument = documents.FirstOrDefault(d => d.File is { Section: "", IsIndex: true });
        var home = new Page
        {
            Kind = PageKind.Home,
            Language = language,
            Source = homeDocument,
            Title = homeDocument?.FrontMatter.Title ?? language.Title,
            Description = homeDocument?.FrontMatter.Description ?? language.Description,
            TranslationKey = "_index",
            RelativeUrl = prefix,
        };

        var notFound = new Page
        {
            Kind = PageKind.NotFound,
            Language = language,
            Title = "404",
            TranslationKey = "_404",
            RelativeUrl = prefix + "404.html",
        };

        var site = new LocalizedSite { Language = language, Home = home, NotFound = notFound };
        site.Pages.Add(home);
        Register(home, bySource);

        // Sections first, so articles can find their parent.
        foreach (var section in documents.Where(d => !d.File.IsIndex && d.File.Section.Length > 0).Select(d => d.File.Section)
                     .Concat(documents.Where(d => d.File is { IsIndex: true, Section.Length: > 0 }).Select(d => d.File.Section))
                     .Concat(hasSchedule ? [ProgrammeSection] : [])
                     .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var document = documents.FirstOrDefault(d => d.File.IsIndex && d.File.Section == section);
            var page = new Page
            {
                Kind = hasSchedule && section == ProgrammeSection ? PageKind.Schedule : PageKind.Section,
                Language = language,
                Source = document,
                Title = document?.FrontMatter.Title
                    ?? (hasSchedule && section == ProgrammeSection ? options.InterfaceText?.Invoke(language.Code, "programme.title") : null)
                    ?? char.ToUpperInvariant(section[0]) + section[1..],
                Description = document?.FrontMatter.Description,
                Section = section,
                TranslationKey = document?.FrontMatter.TranslationKey ?? section + "/_index",
                RelativeUrl = prefix + language.SlugFor(section) + "/",
                Parent = home,
                Origin = SectionOrigin(language, section, documents, hasSchedule),
            };
            site.Sections[section] = page;
            site.Pages.Add(page);
            Register(page, bySource);
        }

        foreach (var document in documents.Where(d => !d.File.IsIndex))
        {
            var file = document.File;
            var slug = document.FrontMatter.Slug ?? file.Name[(file.Name.LastIndexOf('/') + 1)..];
            if (!UrlSegment.IsValid(slug))
            {
                diagnostics.Error(DiagnosticCodes.InvalidSlug, new SourceLocation(file.SourcePath, 1, 1),
                    $"the file name gives the slug '{slug}', which cannot be used in a URL", "rename the file or set 'slug:' in the front matter");
                continue;
            }

            var isArticle = file.Section.Length > 0;
            var path = isArticle
                ? PermalinkPattern.Expand(config.Permalinks.GetValueOrDefault(file.Section, PermalinkPattern.Default), language.SlugFor(file.Section), slug, file.Name, document.FrontMatter.Date)
                : slug + "/";
            var page = new Page
            {
                Kind = isArticle ? PageKind.Article : PageKind.Page,
                Language = language,
                Source = document,
                Title = document.FrontMatter.Title,
                Description = document.FrontMatter.Description ?? document.FrontMatter.Summary,
                Section = file.Section,
                TranslationKey = document.FrontMatter.TranslationKey ?? file.TranslationKey,
                RelativeUrl = prefix + path,
                Parent = isArticle ? site.Sections[file.Section] : home,
            };
            site.Pages.Add(page);
            Register(page, bySource);
            if (isArticle)
            {
                page.Parent!.Children.Add(page);
            }
        }

        var articles = site.Pages.Where(p => p.Kind == PageKind.Article).ToList();
        home.Children.AddRange(Sorted(articles));
        foreach (var section in site.Sections.Values)
        {
            var ordered = Sorted(section.Children).ToList();
            section.Children.Clear();
            section.Children.AddRange(ordered);
        }

        AddTags(site, articles, prefix, home, diagnostics, options);
        site.Pages.Add(notFound);
        return site;
    }

    // A section's folder name is its URL segment unless site.yml gives one: 'con' or 'my news' cannot be.
    private static List<SourceDocument> WithoutUnusableSections(LanguageConfig language, List<SourceDocument> documents, DiagnosticBag diagnostics)
    {
        var unusable = documents
            .Where(d => d.File.Section.Length > 0 && !UrlSegment.IsValid(language.SlugFor(d.File.Section)))
            .GroupBy(d => d.File.Section, StringComparer.Ordinal)
            .ToList();
        foreach (var section in unusable)
        {
            diagnostics.Error(DiagnosticCodes.InvalidSlug, new SourceLocation(section.First().File.SourcePath),
                $"the folder content/{section.Key}/ gives the URL segment '{language.SlugFor(section.Key)}', which cannot be used in a URL",
                "rename the folder (lowercase letters, digits, hyphens), or give it a slug under 'sections:' of each language in site.yml");
        }

        return unusable.Count == 0 ? documents : documents.Where(d => !unusable.Any(g => g.Key == d.File.Section)).ToList();
    }

    /// <summary>Newest first; undated pages by weight then title; the source path settles ties so the order never varies.</summary>
    internal static IEnumerable<Page> Sorted(IEnumerable<Page> pages) =>
        pages.OrderByDescending(p => p.Date ?? DateTimeOffset.MinValue)
            .ThenBy(p => p.Weight)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ThenBy(p => p.SourcePath, StringComparer.Ordinal);

    private static void Register(Page page, Dictionary<string, Page> bySource)
    {
        if (page.Source is not null)
        {
            bySource[page.Source.File.SourcePath] = page;
        }
    }
}
