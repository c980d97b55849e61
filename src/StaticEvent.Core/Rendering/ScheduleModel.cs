using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Scriban.Runtime;
using StaticEvent.Configuration;
using StaticEvent.Model;
using StaticEvent.Rendering.Markup;
using StaticEvent.Programme;
using static StaticEvent.Rendering.ScriptValues;

namespace StaticEvent.Rendering;

/// <summary>
/// The programme as templates see it, per language: <c>schedule.days[].sessions[]</c>, sessions
/// and speakers with their texts in the page's language, or in the default one with
/// <c>*_fallback</c> set so the theme can mark it "not translated" and put <c>lang</c> on it.
/// </summary>
internal sealed class ScheduleModel
{
    private readonly ConcurrentDictionary<string, ScriptObject> _schedules = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), ScriptObject> _sessions = new();
    private readonly ConcurrentDictionary<(string, string), ScriptObject> _speakers = new();
    private readonly SiteModel _site;
    private readonly EventSchedule _schedule;
    private readonly UrlBuilder _urls;
    private readonly MarkdownRenderer _markdown;

    public ScheduleModel(SiteModel site, EventSchedule schedule, UrlBuilder urls, MarkdownRenderer markdown)
    {
        _site = site;
        _schedule = schedule;
        _urls = urls;
        _markdown = markdown;
    }

    /// <summary>Where the programme's exports are written, below the programme page of each language.</summary>
    public static string ExportPath(Page programme, string extension) => programme.RelativeUrl + "schedule." + extension;

    public static string SessionCalendarPath(Page programme, Session session) => programme.RelativeUrl + session.Id + ".ics";

    public ScriptObject Schedule(LanguageConfig language) => _schedules.GetOrAdd(language.Code, _ => BuildSchedule(language));

    public ScriptObject Session(Session session, LanguageConfig language) =>
        _sessions.GetOrAdd((session.Id, language.Code), _ => BuildSession(session, language));

    public ScriptObject Speaker(Speaker speaker, LanguageConfig language) =>
        _speakers.GetOrAdd((speaker.Id, language.Code), _ => BuildSpeaker(speaker, language));

    private ScriptObject BuildSchedule(LanguageConfig language)
    {
        var programme = _site.Language(language.Code).Programme!;
        var days = _schedule.Days.Select(day => ReadOnly(new ScriptObject
        {
            ["index"] = day.Index,
            ["date"] = Midnight(day.Date),
            ["iso"] = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["sessions"] = ReadOnly(new ScriptArray(day.Sessions.Select(s => Session(s, language)))),
        }));
        return ReadOnly(new ScriptObject
        {
            ["days"] = ReadOnly(new ScriptArray(days)),
            ["sessions"] = ReadOnly(new ScriptArray(_schedule.Sessions.Select(s => Session(s, language)))),
            ["speakers"] = ReadOnly(new ScriptArray(_schedule.Speakers.Select(s => Speaker(s, language)))),
            ["tracks"] = ReadOnly(new ScriptArray(_schedule.Tracks.Select(t => Named(t.Id, t.Name, language, t.Color)))),
            ["rooms"] = ReadOnly(new ScriptArray(_schedule.Rooms.Select(r => Named(r.Id, r.Name, language, null)))),
            ["start"] = Midnight(_schedule.Event.Start),
            ["end"] = Midnight(_schedule.Event.End),
            ["location"] = _schedule.Event.Location?.ResolveTypeset(language.Code).Text,
            ["time_zone"] = _schedule.TimeZone.Id,
            ["uid_domain"] = ScheduleExportOptions.UidDomainOf(_urls.BaseUrl),
            ["url"] = _urls.Path(programme.RelativeUrl),
            ["speakers_url"] = _site.Language(language.Code).Speakers.Values.FirstOrDefault()?.Parent is { } people ? _urls.Path(people.RelativeUrl) : null,
            ["ics_url"] = _urls.Path(ExportPath(programme, "ics")),
            ["json_url"] = _urls.Path(ExportPath(programme, "json")),
            ["xml_url"] = _urls.Path(ExportPath(programme, "xml")),
            ["json_ld"] = JsonLd(EventJsonLd(language, programme)),
        });
    }

    private ScriptObject BuildSession(Session session, LanguageConfig language)
    {
        var code = language.Code;
        var localized = _site.Language(code);
        var page = localized.Sessions[session.Id];
        var title = session.Title.ResolveTypeset(code);
        var description = session.Description?.ResolveTypeset(code);
        var obj = new ScriptObject
        {
            ["id"] = session.Id,
            ["title"] = title.Text,
            ["title_lang"] = title.Language,
            ["title_fallback"] = title.IsFallback,
            ["description"] = description is { } d ? _markdown.RenderFragment(d.Text, d.Language, session.Location.Path, session.Location.Line) : null,
            ["description_lang"] = description?.Language,
            ["description_fallback"] = description?.IsFallback ?? false,
            ["url"] = _urls.Path(page.RelativeUrl),
            ["permalink"] = _urls.Absolute(page.RelativeUrl),
            ["ics_url"] = _urls.Path(SessionCalendarPath(localized.Programme!, session)),
            ["tentative"] = session.Tentative,
            ["closed_door"] = session.ClosedDoor,
            ["room"] = session.Room is { } room ? Named(room.Id, room.Name, language, null) : null,
            ["track"] = session.Track is { } track ? Named(track.Id, track.Name, language, track.Color) : null,
            ["speakers"] = ReadOnly(new ScriptArray(session.Speakers.Select(s => SpeakerLink(s, language)))),
            ["guests"] = ReadOnly(new ScriptArray(session.Guests.Select(s => SpeakerLink(s, language)))),
            ["date"] = Midnight(session.Time.Date),
            ["day_iso"] = session.Time.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["start"] = null,
            ["end"] = null,
            ["end_iso"] = null,
            ["utc_offset"] = null,
            ["end_utc_offset"] = null,
        };
        switch (session.Time)
        {
            case ScheduleTime.Timed timed:
                obj["time_kind"] = "timed";
                obj["start"] = timed.Start;
                obj["end"] = timed.End;
                obj["start_iso"] = Iso(timed.Start);
                obj["end_iso"] = timed.End is { } end ? Iso(end) : null;
                obj["utc_offset"] = UtcOffset(timed.Start.Offset);

                // Only when the clocks change during the session, so the end shows its own offset.
                obj["end_utc_offset"] = timed.End is { } changed && changed.Offset != timed.Start.Offset ? UtcOffset(changed.Offset) : null;
                break;
            case ScheduleTime.AllDay:
                obj["time_kind"] = "all_day";
                obj["start_iso"] = session.Time.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            default:
                obj["time_kind"] = "tbc";
                obj["start_iso"] = session.Time.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
        }

        obj["json_ld"] = SessionJsonLd(session, language, page) is { } ld ? JsonLd(ld) : null;
        return ReadOnly(obj);
    }

    private ScriptObject BuildSpeaker(Speaker speaker, LanguageConfig language)
    {
        var code = language.Code;
        var page = _site.Language(code).Speakers[speaker.Id];
        var name = speaker.Name.ResolveTypeset(code);
        var role = speaker.Role?.ResolveTypeset(code);
        var bio = speaker.Bio?.ResolveTypeset(code);
        var sessions = _schedule.Sessions.Where(s => s.Speakers.Contains(speaker) || s.Guests.Contains(speaker));
        return ReadOnly(new ScriptObject
        {
            ["id"] = speaker.Id,
            ["name"] = name.Text,
            ["name_lang"] = name.Language,
            ["name_fallback"] = name.IsFallback,
            ["role"] = role?.Text,
            ["role_lang"] = role?.Language,
            ["role_fallback"] = role?.IsFallback ?? false,
            ["bio"] = bio is { } b ? _markdown.RenderFragment(b.Text, b.Language, speaker.Location.Path, speaker.Location.Line) : null,
            ["bio_lang"] = bio?.Language,
            ["bio_fallback"] = bio?.IsFallback ?? false,
            ["photo"] = speaker.Photo is { } photo ? (photo.Contains("://", StringComparison.Ordinal) ? photo : _urls.Path(photo)) : null,
            ["photo_srcset"] = speaker.Photo is { } local && _site.Media.Image("static/" + local) is { } measured && measured.SrcSet(_urls.Path(local)) is { Length: > 0 } srcset ? srcset : null,
            ["photo_alt"] = speaker.PhotoAlt?.ResolveTypeset(code).Text,
            ["photo_alt_lang"] = speaker.PhotoAlt?.Resolve(code).Language,
            ["photo_alt_fallback"] = speaker.PhotoAlt?.Resolve(code).IsFallback ?? false,
            ["url"] = _urls.Path(page.RelativeUrl),
            ["sessions"] = ReadOnly(new ScriptArray(sessions.Select(s => SessionLink(s, language, speaker)))),
            ["json_ld"] = JsonLd(new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "Person",
                ["name"] = name.Text,
                ["jobTitle"] = role?.Text,
                ["image"] = speaker.Photo is { } image ? (image.Contains("://", StringComparison.Ordinal) ? image : _urls.Absolute(image)) : null,
                ["url"] = _urls.Absolute(page.RelativeUrl),
            }),
        });
    }

    private ScriptObject SpeakerLink(Speaker speaker, LanguageConfig language)
    {
        var name = speaker.Name.ResolveTypeset(language.Code);
        var role = speaker.Role?.ResolveTypeset(language.Code);
        return ReadOnly(new ScriptObject
        {
            ["id"] = speaker.Id,
            ["name"] = name.Text,
            ["name_lang"] = name.Language,
            ["name_fallback"] = name.IsFallback,
            ["role"] = role?.Text,
            ["role_lang"] = role?.Language,
            ["role_fallback"] = role?.IsFallback ?? false,
            ["url"] = _urls.Path(_site.Language(language.Code).Speakers[speaker.Id].RelativeUrl),
        });
    }

    private ScriptObject SessionLink(Session session, LanguageConfig language, Speaker speaker)
    {
        var title = session.Title.ResolveTypeset(language.Code);
        return ReadOnly(new ScriptObject
        {
            ["id"] = session.Id,
            ["title"] = title.Text,
            ["title_lang"] = title.Language,
            ["title_fallback"] = title.IsFallback,
            ["url"] = _urls.Path(_site.Language(language.Code).Sessions[session.Id].RelativeUrl),
            ["as_speaker"] = session.Speakers.Contains(speaker),
        });
    }

    private static ScriptObject Named(string id, LocalizedText name, LanguageConfig language, string? color)
    {
        var value = name.ResolveTypeset(language.Code);
        return ReadOnly(new ScriptObject
        {
            ["id"] = id,
            ["name"] = value.Text,
            ["name_lang"] = value.Language,
            ["name_fallback"] = value.IsFallback,
            ["color"] = color,
        });
    }

    private Dictionary<string, object?> EventJsonLd(LanguageConfig language, Page programme) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Event",
        ["name"] = language.Title,
        ["description"] = language.Description,
        ["startDate"] = EventStart(),
        ["endDate"] = _schedule.Event.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["organizer"] = _schedule.Event.Organizer is { } organizer ? new Dictionary<string, object?>
        {
            ["@type"] = "Organization",
            ["name"] = organizer.Name.ResolveTypeset(language.Code).Text,
            ["url"] = organizer.Url?.AbsoluteUri,
        } : null,
        ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
        ["eventStatus"] = "https://schema.org/EventScheduled",
        ["inLanguage"] = language.Code,
        ["url"] = _urls.Absolute(programme.RelativeUrl),
        ["location"] = Place(language),
        ["image"] = _site.Media.Card(programme) is { } card ? _urls.Absolute(card.Path) : null,
    };

    /// <summary>
    /// The event's start with its time and offset when the first day opens with a session at a
    /// known time (and nothing that day is still to be timed), else the day alone.
    /// </summary>
    private string EventStart()
    {
        var first = _schedule.Sessions.Where(s => s.Time.Date == _schedule.Event.Start).ToList();
        return first.Count > 0 && first.All(s => s.Time is ScheduleTime.Timed)
            ? StructuredData.Iso(first.Select(s => ((ScheduleTime.Timed)s.Time).Start).Min())
            : _schedule.Event.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Null for a session whose time or holding is not confirmed: search engines would show it as scheduled.</summary>
    private Dictionary<string, object?>? SessionJsonLd(Session session, LanguageConfig language, Page page)
    {
        if (session.Time is ScheduleTime.TimeToBeConfirmed || session.Tentative)
        {
            return null;
        }

        var ld = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = session.Title.ResolveTypeset(language.Code).Text,
            ["inLanguage"] = language.Code,
            ["url"] = _urls.Absolute(page.RelativeUrl),
            ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["location"] = Place(language),
            ["superEvent"] = new Dictionary<string, object?> { ["@type"] = "Event", ["name"] = language.Title, ["url"] = _urls.Absolute(_site.Language(language.Code).Programme!.RelativeUrl) },
        };
        switch (session.Time)
        {
            case ScheduleTime.Timed timed:
                ld["startDate"] = Iso(timed.Start);
                if (timed.End is { } end)
                {
                    ld["endDate"] = Iso(end);
                }

                break;
            default:
                ld["startDate"] = session.Time.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
        }

        if (session.Speakers.Count > 0)
        {
            ld["performer"] = session.Speakers.Select(s => new Dictionary<string, object?>
            {
                ["@type"] = "Person",
                ["name"] = s.Name.ResolveTypeset(language.Code).Text,
                ["jobTitle"] = s.Role?.ResolveTypeset(language.Code).Text,
                ["url"] = _urls.Absolute(_site.Language(language.Code).Speakers[s.Id].RelativeUrl),
            }).ToList();
        }

        return ld;
    }

    /// <summary>A Place with a PostalAddress when <c>event.address</c> gives one, else with the location's text.</summary>
    private Dictionary<string, object?> Place(LanguageConfig language)
    {
        var code = language.Code;
        var location = _schedule.Event.Location?.ResolveTypeset(code).Text;
        object? address = location;
        if (_schedule.Event.Address is { } postal)
        {
            address = new Dictionary<string, object?>
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = postal.Street?.ResolveTypeset(code).Text,
                ["addressLocality"] = postal.Locality?.ResolveTypeset(code).Text,
                ["addressRegion"] = postal.Region?.ResolveTypeset(code).Text,
                ["postalCode"] = postal.PostalCode,
                ["addressCountry"] = postal.Country,
            };
        }

        return new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = location ?? language.Title, ["address"] = address };
    }

    private static SafeHtml JsonLd(object data) => StructuredData.Scripts(data);

    private DateTimeOffset Midnight(DateOnly date) =>
        Yaml.DateParser.InZone(date.ToDateTime(TimeOnly.MinValue), _schedule.TimeZone);

    private static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>"UTC+01:00", "UTC+00:00": the offset of that very moment, from the zone's rules.</summary>
    public static string UtcOffset(TimeSpan offset) =>
        "UTC" + (offset < TimeSpan.Zero ? "−" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
