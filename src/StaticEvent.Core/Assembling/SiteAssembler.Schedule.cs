using StaticEvent.Model;
using StaticEvent.Rendering.Markup;
using StaticEvent.Programme;
using StaticEvent.Text;

namespace StaticEvent.Assembling;

internal static partial class SiteAssembler
{
    /// <summary>
    /// Adds a page per session under the programme (<c>/fr/programme/opening-ceremony/</c>) and a
    /// page per person (<c>/fr/intervenants/abdellatif-hammouchi/</c>), in every language: a
    /// field missing in one language falls back to the default one on the page, never a missing page.
    /// </summary>
    private static void AddSchedule(LocalizedSite site, EventSchedule schedule, AssemblyOptions options)
    {
        var language = site.Language;
        var programme = site.Sections[ProgrammeSection];
        site.Programme = programme;
        foreach (var session in schedule.Sessions)
        {
            var page = new Page
            {
                Kind = PageKind.Session,
                Language = language,
                Title = session.Title.ResolveTypeset(language.Code).Text,
                Description = session.Description is { } description ? MarkdownText.Plain(description.ResolveTypeset(language.Code).Text) : null,
                Section = ProgrammeSection,
                TranslationKey = "_session/" + session.Id,
                RelativeUrl = $"{programme.RelativeUrl}{session.Id}/",
                Parent = programme,
                Session = session,
                Origin = session.Location,
            };
            site.Sessions[session.Id] = page;
            site.Pages.Add(page);
        }

        var speakersSlug = language.SlugFor("speakers");
        if (schedule.Speakers.Count == 0)
        {
            return;
        }

        // The people's index: the parent of every person's page, so /fr/intervenants/ is never a 404.
        var index = new Page
        {
            Kind = PageKind.SpeakerIndex,
            Language = language,
            Title = options.InterfaceText?.Invoke(language.Code, "speaker.index") ?? "Speakers",
            Section = ProgrammeSection,
            TranslationKey = "_speakers",
            RelativeUrl = $"{language.Code}/{speakersSlug}/",
            Parent = programme,
            Origin = schedule.Speakers[0].Location,
        };
        site.Pages.Add(index);
        foreach (var speaker in schedule.Speakers)
        {
            var page = new Page
            {
                Kind = PageKind.Speaker,
                Language = language,
                Title = speaker.Name.ResolveTypeset(language.Code).Text,
                Description = speaker.Role?.ResolveTypeset(language.Code).Text,
                Section = ProgrammeSection,
                TranslationKey = "_speaker/" + speaker.Id,
                RelativeUrl = $"{language.Code}/{speakersSlug}/{speaker.Id}/",
                Parent = index,
                Speaker = speaker,
                Origin = speaker.Location,
            };
            site.Speakers[speaker.Id] = page;
            site.Pages.Add(page);
            index.Children.Add(page);
        }
    }
}
