using System.Globalization;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Yaml;
using StaticEvent.Text;

namespace StaticEvent.Programme;

/// <summary>
/// One run of <see cref="ScheduleLoader"/>: reads both files into drafts that keep their YAML
/// nodes (for positions), checks the programme as a whole, then builds the immutable model.
/// Split by aspect: speakers, sessions and times, cross-checks.
/// </summary>
internal sealed partial class ScheduleReader(IFileSource source, IReadOnlyList<string> languages, string defaultLanguage, TimeZoneInfo zone, DiagnosticBag diagnostics)
{
    private const string SchedulePath = ScheduleLoader.ScheduleFile;
    private const string SpeakersPath = ScheduleLoader.SpeakersFile;

    private readonly Dictionary<string, Room> _rooms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Track> _tracks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Speaker> _speakers = new(StringComparer.Ordinal);
    private readonly List<SessionDraft> _sessions = [];
    private bool _speakersFileExists;

    public EventSchedule? Read()
    {
        ReadSpeakersFile();
        var root = ReadYaml(SchedulePath);
        if (root is null)
        {
            return null;
        }

        var @event = ReadEvent(root);
        ReadRooms(root);
        ReadTracks(root);
        ReadSessions(root);
        root.ReportUnknownKeys(SchedulePath, ["event", "rooms", "tracks", "sessions"]);

        ResolveReferences();
        if (@event is not null)
        {
            CheckEventDates(@event);
        }

        CheckRoomOverlaps();
        CheckPersonOverlaps();

        return @event is null || diagnostics.HasErrors ? null : Build(@event);
    }

    private MapReader? ReadYaml(string path)
    {
        var text = TextDecoder.Read(source, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        var root = YamlDocumentReader.Read(text, path, 0, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(DiagnosticCodes.MissingRequired, new SourceLocation(path, 1, 1), $"{path} is empty", "see docs/schedule.md for a complete example");
            }

            return null;
        }

        return MapReader.For(root, path, path, diagnostics);
    }

    private EventInfo? ReadEvent(MapReader root)
    {
        var reader = root.Child("event");
        if (reader is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingRequired, root.LocationOfKey("event"), "'event' is required: the first and last day of the event",
                "add at the top:\nevent:\n  start: 2025-11-24\n  end: 2025-11-27");
            return null;
        }

        var start = ReadDate(reader, "start", required: true);
        var end = ReadDate(reader, "end", required: true);
        var acronym = reader.String("acronym");
        var location = ReadText(reader, "location", "the event's location", required: false, warnMissing: true);
        var address = ReadAddress(reader);
        var organizer = ReadOrganizer(reader);
        reader.ReportUnknownKeys("'event'", ["start", "end", "acronym", "location", "address", "organizer"]);
        if (acronym is not null && !ScheduleValues.IsAcronym(acronym))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, reader.LocationOf(reader.Map["acronym"]!),
                $"'acronym' must be lowercase letters, digits and '_', at least 4 characters, found '{acronym}'", "write e.g. acronym: ga93");
            acronym = null;
        }

        if (start is null || end is null)
        {
            return null;
        }

        if (end < start)
        {
            diagnostics.Error(DiagnosticCodes.ScheduleInvalidEventDates, reader.LocationOf(reader.Map["end"]!),
                $"the event ends ({Iso(end.Value)}) before it starts ({Iso(start.Value)})", "swap 'start' and 'end'");
            return null;
        }

        return new EventInfo(start.Value, end.Value, acronym ?? string.Empty, location, reader.LocationOf(reader.Map)) { Address = address, Organizer = organizer };
    }

    private EventAddress? ReadAddress(MapReader reader)
    {
        if (reader.Child("address") is not { } entry)
        {
            return null;
        }

        var street = ReadText(entry, "street", "the street", required: false, warnMissing: true);
        var locality = ReadText(entry, "locality", "the city", required: false, warnMissing: true);
        var region = ReadText(entry, "region", "the region", required: false, warnMissing: true);
        var postalCode = entry.String("postalCode");
        var country = entry.String("country", required: true);
        entry.ReportUnknownKeys("'address'", ["street", "locality", "region", "postalCode", "country"]);
        if (country is not null && !(country.Length == 2 && country.All(char.IsAsciiLetterUpper)))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOf(entry.Map["country"]!),
                $"'country' must be a two-letter ISO 3166 code, found '{country}'", "write e.g. country: MA (Morocco), DE, JP");
            return null;
        }

        return country is null ? null : new EventAddress(street, locality, region, postalCode, country);
    }

    private EventOrganizer? ReadOrganizer(MapReader reader)
    {
        if (reader.Child("organizer") is not { } entry)
        {
            return null;
        }

        var name = ReadText(entry, "name", "the organiser's name", required: true, warnMissing: true);
        var url = entry.String("url");
        entry.ReportUnknownKeys("'organizer'", ["name", "url"]);
        Uri? address = null;
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out address) && address.Scheme is "https" or "http"))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOf(entry.Map["url"]!), $"'url' must be an http(s) address, found '{url}'");
            return null;
        }

        return name is null ? null : new EventOrganizer(name, address);
    }

    private void ReadRooms(MapReader root)
    {
        foreach (var entry in Items(root, "rooms", "a room"))
        {
            var (id, idNode) = ReadId(entry, "room", SchedulePath);
            var name = ReadText(entry, "name", "the room's name", required: true, warnMissing: true);
            entry.ReportUnknownKeys("a room", ["id", "name"]);
            if (id is not null && name is not null && Unique(_rooms, id, idNode!, "room"))
            {
                _rooms[id] = new Room(id, name, entry.LocationOf(entry.Map));
            }
        }
    }

    private void ReadTracks(MapReader root)
    {
        foreach (var entry in Items(root, "tracks", "a track"))
        {
            var (id, idNode) = ReadId(entry, "track", SchedulePath);
            var name = ReadText(entry, "name", "the track's name", required: true, warnMissing: true);
            var color = ReadColor(entry);
            entry.ReportUnknownKeys("a track", ["id", "name", "color"]);
            if (id is not null && name is not null && Unique(_tracks, id, idNode!, "track"))
            {
                _tracks[id] = new Track(id, name, color, entry.LocationOf(entry.Map));
            }
        }
    }

    private string? ReadColor(MapReader entry)
    {
        // A plain '#…' is a YAML comment, so an unquoted colour arrives as "nothing": say so.
        if (entry.Map["color"] is DataScalar { IsNull: true })
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOfKey("color"), "'color' is empty; an unquoted #… is a YAML comment",
                "quote the colour: color: \"#1f5f8b\"");
            entry.Node("color");
            return null;
        }

        var color = entry.String("color");
        if (color is not null && !ScheduleValues.IsColor(color))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOf(entry.Map["color"]!), $"'color' must be #rrggbb, found '{color}'", "write e.g. color: \"#1f5f8b\"");
            return null;
        }

        return color;
    }

    /// <summary>The mappings of a list under <paramref name="key"/>; anything else in it is reported.</summary>
    private IEnumerable<MapReader> Items(MapReader parent, string key, string what)
    {
        var list = parent.List(key);
        foreach (var item in list?.Items ?? [])
        {
            if (MapReader.For(item, what, parent.Path, diagnostics) is { } entry)
            {
                yield return entry;
            }
            else if (item is DataScalar { IsNull: true })
            {
                diagnostics.Error(DiagnosticCodes.WrongType, parent.LocationOf(item), $"an empty item in '{key}'", "remove the lone '-'");
            }
        }
    }

    private (string? Id, DataScalar? Node) ReadId(MapReader entry, string what, string path)
    {
        var node = entry.Node("id");
        if (node is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingRequired, entry.LocationOf(entry.Map), $"a {what} needs an 'id'", $"add 'id: …' (lowercase letters, digits, hyphens)");
            return (null, null);
        }

        if (node is not DataScalar scalar)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, new SourceLocation(path, node.Line, node.Column), $"the {what} id must be text, found {node.Describe}");
            return (null, null);
        }

        if (!ScheduleValues.IsValidId(scalar.Value))
        {
            diagnostics.Error(DiagnosticCodes.ScheduleInvalidId, new SourceLocation(path, scalar.Line, scalar.Column),
                $"'{scalar.Value}' is not a valid {what} id", $"use lowercase letters a–z, digits and single hyphens, starting with a letter, at most {ScheduleValues.MaxIdLength} characters (e.g. {Suggest(scalar.Value)})");
            return (null, null);
        }

        return (scalar.Value, scalar);
    }

    private bool Unique<T>(Dictionary<string, T> seen, string id, DataScalar node, string what)
        where T : class
    {
        if (!seen.TryGetValue(id, out var first))
        {
            return true;
        }

        var where = first switch
        {
            Room r => r.Location,
            Track t => t.Location,
            Speaker s => s.Location,
            _ => default,
        };
        diagnostics.Error(DiagnosticCodes.ScheduleDuplicateId, new SourceLocation(where.Path is null ? SchedulePath : where.Path, node.Line, node.Column),
            $"the {what} id '{id}' is already used on line {where.Line}", "give each one its own id");
        return false;
    }

    /// <summary>
    /// Text per language: one string for every language, or a mapping of language codes.
    /// A mapping that lacks a language is a warning (the default language's text is shown).
    /// </summary>
    private LocalizedText? ReadText(MapReader reader, string key, string what, bool required, bool warnMissing)
    {
        var given = reader.Map[key];
        var values = reader.Localized(key, languages);
        var texts = values?.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value.Trim(), StringComparer.Ordinal);
        if (texts is null || texts.Count == 0)
        {
            // A wrong type was already reported by the map reader; one message per mistake.
            var reported = values is null && given is not null and not DataScalar { IsNull: true };
            if (required && !reported)
            {
                diagnostics.Error(DiagnosticCodes.MissingRequired, reader.LocationOfKey(key), $"{what} is required ('{key}')",
                    $"add '{key}:' with one text, or one per language ({string.Join(", ", languages)})");
            }

            return null;
        }

        if (warnMissing && given is DataMap)
        {
            var missing = languages.Where(l => !texts.ContainsKey(l)).ToList();
            if (missing.Count > 0)
            {
                var fallback = texts.ContainsKey(defaultLanguage) ? defaultLanguage : texts.Keys.Order(StringComparer.Ordinal).First();
                diagnostics.Warning(DiagnosticCodes.ScheduleMissingTranslation, reader.LocationOfKey(key),
                    $"'{key}' has no text in {string.Join(", ", missing)}; the {fallback} text is shown there",
                    $"add {string.Join(", ", missing.Select(l => l + ": …"))} under '{key}'");
            }
        }

        return new LocalizedText(texts, defaultLanguage);
    }

    private DateOnly? ReadDate(MapReader reader, string key, bool required)
    {
        var node = reader.Node(key);
        if (node is null)
        {
            if (required)
            {
                diagnostics.Error(DiagnosticCodes.MissingRequired, reader.LocationOfKey(key), $"'{key}' is required", $"add '{key}: 2025-11-24'");
            }

            return null;
        }

        if (node is DataScalar scalar && ScheduleValues.TryParseDate(scalar.Value, out var date))
        {
            return date;
        }

        diagnostics.Error(DiagnosticCodes.ScheduleInvalidTime, reader.LocationOf(node), $"'{key}' is not a date: {node.Describe}", "write the date as YYYY-MM-DD, e.g. 2025-11-24");
        return null;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateTime local) =>
        local.ToString(local.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Suggest(string id)
    {
        var slug = UrlSegment.Slugify(id, language: null).Trim('-');
        return slug.Length > 0 && ScheduleValues.IsValidId(slug) ? slug : "opening-ceremony";
    }
}
