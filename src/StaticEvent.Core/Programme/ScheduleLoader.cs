using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.IO;

namespace StaticEvent.Programme;

/// <summary>
/// The schedule stage: reads <c>data/schedule.yml</c> and <c>data/speakers.yml</c> into a
/// <see cref="EventSchedule"/>, strictly (unknown keys and wrong types are errors), and validates the
/// programme as a whole (unknown ids, clashes, dates outside the event). Every problem of both
/// files is reported in one run, each with its file, line and column.
/// </summary>
internal static class ScheduleLoader
{
    public const string ScheduleFile = "data/schedule.yml";
    public const string SpeakersFile = "data/speakers.yml";

    /// <summary>True when the site has a schedule at all; sites without <c>data/schedule.yml</c> have no programme pages.</summary>
    public static bool HasSchedule(IFileSource source) => source.FileExists(ScheduleFile);

    /// <summary>
    /// Loads the schedule with the site's languages, default language and time zone. Returns null
    /// when the site has no <c>data/schedule.yml</c> (nothing reported) or when the files have
    /// errors (all reported into <paramref name="diagnostics"/>); warnings alone still give a schedule.
    /// </summary>
    public static EventSchedule? Load(IFileSource source, SiteConfig config, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Load(source, config.Languages.Select(l => l.Code).ToList(), config.DefaultLanguage, config.TimeZone, diagnostics);
    }

    /// <inheritdoc cref="Load(IFileSource, SiteConfig, DiagnosticBag)"/>
    public static EventSchedule? Load(IFileSource source, IReadOnlyList<string> languages, string defaultLanguage, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(diagnostics);

        if (!source.FileExists(ScheduleFile))
        {
            if (source.FileExists(SpeakersFile))
            {
                diagnostics.Warning(DiagnosticCodes.SpeakersWithoutSchedule, new SourceLocation(SpeakersFile),
                    $"{SpeakersFile} is not used: there is no {ScheduleFile}", $"create {ScheduleFile}, or remove {SpeakersFile}");
            }

            return null;
        }

        // A bag of our own, so that errors of other stages do not hide a good schedule.
        var local = new DiagnosticBag();
        var schedule = new ScheduleReader(source, languages, defaultLanguage, zone, local).Read();
        diagnostics.AddRange(local.ToSortedList());
        return local.HasErrors ? null : schedule;
    }
}
