using StaticEvent.Configuration;

namespace StaticEvent.Programme;

/// <summary>
/// What the exporters need from the site rather than from the schedule: where it lives (for URLs
/// and stable ids), the build date (the only "now" an export may use, so two builds of the same
/// files are byte-identical) and how to reach a session's page.
/// </summary>
internal sealed record ScheduleExportOptions
{
    /// <summary>The site's public address; its host makes UIDs and UUIDs unique to the site.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>Stamped as DTSTAMP in calendars. From site.yml <c>buildDate</c> or SOURCE_DATE_EPOCH, never the wall clock.</summary>
    public required DateTimeOffset BuildDate { get; init; }

    /// <summary>The absolute URL of a session's page in a language.</summary>
    public required Func<Session, string, Uri> SessionUrl { get; init; }

    /// <summary>The absolute URL of the programme page in a language; the base URL when null.</summary>
    public Func<string, Uri>? ProgrammeUrl { get; init; }

    /// <summary>The event's name per language (calendar name, c3voc conference title).</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    /// <summary>The words exports add to a session (time to be confirmed, speakers…), in a language.</summary>
    public Func<string, ScheduleLabels> Labels { get; init; } = _ => ScheduleLabels.English;

    /// <summary>The site's host, e.g. <c>ga93.example.org</c>.</summary>
    public string Host => BaseUrl.IdnHost;

    /// <summary>What UIDs and UUIDs are made unique with: <see cref="UidDomainOf"/> of the base URL.</summary>
    public string UidDomain => UidDomainOf(BaseUrl);

    /// <summary>
    /// The site's address without scheme, port and final slash: <c>ga93.example.org</c>, or
    /// <c>example.org/ga93</c> for a site below a path, so two editions on one host never share a
    /// calendar UID or a c3voc guid, while a site at a host's root keeps the ids it always had.
    /// The programme page gives the same text to its script (the personal agenda's UIDs).
    /// </summary>
    public static string UidDomainOf(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return baseUrl.IdnHost + baseUrl.AbsolutePath.TrimEnd('/');
    }

    public string Title(string language) =>
        Titles.TryGetValue(language, out var title) ? title : Titles.Values.FirstOrDefault() ?? Host;

    /// <summary>Options for a site: base URL and titles from site.yml.</summary>
    public static ScheduleExportOptions FromConfig(SiteConfig config, DateTimeOffset buildDate, Func<Session, string, Uri> sessionUrl, Func<string, Uri>? programmeUrl = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new ScheduleExportOptions
        {
            BaseUrl = config.BaseUrl,
            BuildDate = buildDate,
            SessionUrl = sessionUrl,
            ProgrammeUrl = programmeUrl,
            Titles = config.Languages.ToDictionary(l => l.Code, l => l.Title, StringComparer.Ordinal),
        };
    }
}
