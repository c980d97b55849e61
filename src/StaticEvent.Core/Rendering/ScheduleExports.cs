using StaticEvent.Model;
using StaticEvent.Programme;

namespace StaticEvent.Rendering;

/// <summary>The programme's exports for calendars and conference apps, as files of the site.</summary>
internal static class ScheduleExports
{
    /// <summary>
    /// The programme's exports in each language beside its programme page (calendar, c3voc JSON and
    /// XML, one calendar per session), and the default language's at the site root for apps.
    /// </summary>
    public static IEnumerable<RenderedFile> Render(SiteModel site, EventSchedule schedule, UrlBuilder urls, I18nCatalog strings, DateTimeOffset buildDate)
    {
        var options = ScheduleExportOptions.FromConfig(
            site.Config,
            buildDate,
            (session, language) => new Uri(urls.Absolute(site.Language(language).Sessions[session.Id].RelativeUrl)),
            language => new Uri(urls.Absolute(site.Language(language).Programme!.RelativeUrl))) with
        {
            Labels = language => ScheduleLabels.From(key => strings.Get(language, key)),
        };
        foreach (var localized in site.Languages)
        {
            var code = localized.Language.Code;
            var programme = localized.Programme!;
            yield return IcsExporter.Calendar(schedule, code, options, ScheduleModel.ExportPath(programme, "ics"));
            yield return C3vocJsonExporter.Export(schedule, code, options, ScheduleModel.ExportPath(programme, "json"));
            yield return C3vocXmlExporter.Export(schedule, code, options, ScheduleModel.ExportPath(programme, "xml"));
            foreach (var session in schedule.Sessions)
            {
                yield return IcsExporter.Session(schedule, session, code, options, ScheduleModel.SessionCalendarPath(programme, session));
            }
        }

        var defaultLanguage = site.Config.DefaultLanguage;
        yield return IcsExporter.Calendar(schedule, defaultLanguage, options, "schedule.ics");
        yield return C3vocJsonExporter.Export(schedule, defaultLanguage, options, "schedule.json");
        yield return C3vocXmlExporter.Export(schedule, defaultLanguage, options, "schedule.xml");
    }
}
