using StaticEvent.Configuration;
using StaticEvent.Programme;

namespace StaticEvent.Model;

/// <summary>The assembled site: one <see cref="LocalizedSite"/> per language, and what links them.</summary>
internal sealed class SiteModel
{
    public required SiteConfig Config { get; init; }

    public required IReadOnlyList<LocalizedSite> Languages { get; init; }

    public required Page LanguageChooser { get; init; }

    public required IReadOnlyList<RedirectPage> Redirects { get; init; }

    /// <summary>The programme, when the site has <c>data/schedule.yml</c>.</summary>
    public EventSchedule? Schedule { get; init; }

    /// <summary>Source path (<c>content/…</c>) to its page, for resolving Markdown links.</summary>
    public required IReadOnlyDictionary<string, Page> BySource { get; init; }

    /// <summary>Files from <c>content/</c> that are not Markdown, with the output paths they go to.</summary>
    public required IReadOnlyList<(string Source, string Output)> Resources { get; init; }

    /// <summary>Drafts and future-dated pages the build did not publish, by path (none with drafts included).</summary>
    public IReadOnlyList<LeftOutPage> LeftOut { get; init; } = [];

    /// <summary>
    /// Social cards and measured editors' images (the images stage). Set once, by that stage,
    /// right after assembly: it needs the assembled pages, and rendering needs it.
    /// </summary>
    public Images.SiteMedia Media { get; internal set; } = Images.SiteMedia.None;

    public IEnumerable<Page> AllPages => Languages.SelectMany(l => l.Pages).Prepend(LanguageChooser);

    public LocalizedSite Language(string code) => Languages.First(l => l.Language.Code == code);
}
