using System.Globalization;
using System.Reflection;
using System.Text;
using StaticEvent.Model;
using StaticEvent.Yaml;
using StaticEvent.Text;

namespace StaticEvent.Scaffolding;

/// <summary>
/// The files of a new site (<c>staticevent new site</c>): site.yml with every language, a home,
/// an about page, a news section with one article per language, and a schedule with one session,
/// all using the built-in theme. What it writes builds at once with no error and no warning.
/// </summary>
internal static class SiteScaffold
{
    /// <summary>What a new site is made of; languages and zone are checked by <see cref="Check"/>.</summary>
    public sealed record Request(string Title, IReadOnlyList<string> Languages, string DefaultLanguage, string TimeZone, DateOnly Start, DateOnly End, DateTimeOffset Now);

    /// <summary>What is wrong with a request, in words for the command line; empty when it can be made.</summary>
    public static IReadOnlyList<string> Check(Request request)
    {
        var problems = new List<string>();
        if (request.Languages.Count == 0)
        {
            problems.Add("--languages names no language; write e.g. --languages de,en,fa");
        }

        foreach (var code in request.Languages.Where(c => Culture(c) is null || !UrlSegment.IsValid(c)))
        {
            problems.Add($"'{code}' is not a language code .NET knows; write a BCP 47 code such as de, en-US, pt-BR or zh-Hans");
        }

        if (request.Languages.Distinct(StringComparer.OrdinalIgnoreCase).Count() != request.Languages.Count)
        {
            problems.Add("--languages names a language twice");
        }

        if (!request.Languages.Contains(request.DefaultLanguage, StringComparer.Ordinal))
        {
            problems.Add($"the default language '{request.DefaultLanguage}' is not in --languages");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(request.TimeZone, out _))
        {
            problems.Add($"'{request.TimeZone}' is not a time zone; write an IANA name such as Europe/Berlin or America/Sao_Paulo");
        }

        if (request.End < request.Start)
        {
            problems.Add($"the event ends ({request.End:yyyy-MM-dd}) before it starts ({request.Start:yyyy-MM-dd})");
        }

        return problems;
    }

    /// <summary>Site-relative path to text, for a request that passed <see cref="Check"/>.</summary>
    public static IReadOnlyDictionary<string, string> Files(Request request)
    {
        var languages = request.Languages.OrderBy(c => c == request.DefaultLanguage ? 0 : 1).ToList();
        var words = languages.ToDictionary(c => c, Words, StringComparer.Ordinal);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(request.TimeZone);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["site.yml"] = SiteYaml(request, languages, words),
            ["data/schedule.yml"] = ScheduleYaml(request, languages, words),
            ["data/speakers.yml"] = SpeakersYaml,
            [".gitignore"] = "# The build's output and the preview's: made again by every build.\npublic/\n# The build's lock and staging folders, beside the output.\n.staticevent/\n# Social cards and image variants kept between builds.\n.public.cache/\n",
        };
        var articleDate = TimeZoneInfo.ConvertTime(request.Now, zone);
        foreach (var code in languages)
        {
            var w = words[code];
            files[$"content/_index.{code}.md"] = Page(request.Title, string.Empty, string.Format(CultureInfo.InvariantCulture, w["home"], request.Title));
            files[$"content/about.{code}.md"] = Page(w["about_title"], w["about_description"], w["about"]);
            files[$"content/news/_index.{code}.md"] = Page(w["news_title"], w["news_description"], w["news_description"]);
            files[$"content/news/welcome.{code}.md"] = Page(w["article_title"], string.Empty, w["article"],
                $"date: {articleDate.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}\nsummary: {Quote(w["article_summary"])}\n");
        }

        return files;
    }

    private static string SiteYaml(Request request, List<string> languages, Dictionary<string, Dictionary<string, string>> words)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(request.Title).Append(". Every key: docs/configuration.md of StaticEvent.\n");
        text.Append("# The public address; every link carries its path. Change it before publishing.\n");
        text.Append("baseUrl: https://example.org/\n");
        text.Append("defaultLanguage: ").Append(request.DefaultLanguage).Append('\n');
        text.Append("# The theme built into the tool; files in themes/default/, layouts/, i18n/ and static/ override it one by one.\n");
        text.Append("theme: default\n");
        text.Append("# The event's time zone (IANA): every time in data/schedule.yml is a local time there.\n");
        text.Append("timeZone: ").Append(request.TimeZone).Append("\n\nlanguages:\n");
        foreach (var code in languages)
        {
            var culture = Culture(code)!;
            text.Append("  - code: ").Append(code).Append('\n');
            text.Append("    name: ").Append(Quote(NativeName(culture))).Append('\n');
            text.Append("    direction: ").Append(culture.TextInfo.IsRightToLeft ? "rtl" : "ltr").Append('\n');
            text.Append("    title: ").Append(Quote(request.Title)).Append('\n');
            text.Append("    description: ").Append(Quote(request.Title)).Append('\n');
            text.Append("    # The URL word of each section in this language.\n");
            text.Append("    sections: { news: ").Append(SectionSlug(words[code]["news_title"], code, "news")).Append(" }\n");
        }

        text.Append("\nmenus:\n  main:\n    - ref: programme\n    - ref: about\n    - ref: news\n");
        text.Append("  # The home page's buttons and cards: the first is the main button.\n");
        text.Append("  actions:\n    - ref: programme\n    - ref: about\n");
        text.Append("\n# Values for the theme: the event's dates (shown under the title), the home page and the look (docs/themes.md).\nparams:\n");
        text.Append("  eventStart: ").Append(request.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("  eventEnd: ").Append(request.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("  home:\n    latest: news      # the section whose newest pages the home page lists\n");
        text.Append("  # The look; every key with its default is in docs/themes.md.\n");
        text.Append("  #colors: { brand: \"#1f2937\", accent: \"#5eead4\" }\n");
        text.Append("  #band: stripe      # none, stripe or zellige\n");
        text.Append("  #emblem: images/logo.svg   # a file of static/, or none\n");
        return text.ToString();
    }

    private static string ScheduleYaml(Request request, List<string> languages, Dictionary<string, Dictionary<string, string>> words)
    {
        string PerLanguage(string key, string indent) =>
            string.Concat(languages.Select(c => $"{indent}{c}: {Quote(words[c][key])}\n"));

        var start = request.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append("# The programme. Every key, and how times work: docs/schedule.md of StaticEvent.\n");
        text.Append("# Times are local times in ").Append(request.TimeZone).Append(" (timeZone in site.yml); write no offset,\n");
        text.Append("# except to choose between the two readings of a time the clock change repeats.\n\n");
        text.Append("event:\n");
        text.Append("  start: ").Append(start).Append('\n');
        text.Append("  end: ").Append(request.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("  # Shown where a session names no room, and in the exports.\n  location:\n").Append(PerLanguage("location", "    "));
        text.Append("\n# Rooms and tracks are optional:\n#rooms:\n#  - id: main-hall\n#    name: { en: Main hall }\n");
        text.Append("#tracks:\n#  - id: talks\n#    name: { en: Talks }\n#    color: \"#1f4e8c\"\n\n");
        text.Append("sessions:\n");
        text.Append("  - id: opening\n");
        text.Append("    start: ").Append(start).Append("T09:00   # no end: pages and exports say the end was not announced\n");
        text.Append("    title:\n").Append(PerLanguage("opening", "      "));
        text.Append("  # More forms:\n");
        text.Append("  #- id: workshop\n  #  start: ").Append(start).Append("T14:00\n  #  duration: 1h30        # or end: 15:30\n");
        text.Append("  #  room: main-hall\n  #  speakers: [ada-lovelace]\n  #  title: { en: Workshop }\n");
        text.Append("  #- id: exhibition\n  #  day: ").Append(start).Append("\n  #  allDay: true\n  #  title: { en: Exhibition }\n");
        text.Append("  #- id: closing\n  #  day: ").Append(request.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("          # a day, time to be confirmed\n  #  title: { en: Closing }\n");
        return text.ToString();
    }

    private const string SpeakersYaml = """
        # The people of the programme; sessions name them by id. Reference: docs/schedule.md of StaticEvent.
        speakers: []
        # For example:
        #speakers:
        #  - id: ada-lovelace
        #    name: Ada Lovelace          # one text for every language, or one per language
        #    role: { en: Mathematician }
        #    bio: { en: "Wrote the first published program." }

        """;

    private static string Page(string title, string description, string body, string extra = "")
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Quote(title)).Append('\n');
        if (description.Length > 0)
        {
            text.Append("description: ").Append(Quote(description)).Append('\n');
        }

        return text.Append(extra).Append("---\n\n").Append(body).Append('\n').ToString();
    }

    /// <summary>A YAML double-quoted scalar, so no title can be read as another type or break the file.</summary>
    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string SectionSlug(string title, string language, string fallback)
    {
        var slug = UrlSegment.Slugify(title, language);
        return UrlSegment.IsValid(slug) && !slug.StartsWith('-') ? slug : fallback;
    }

    private static string NativeName(CultureInfo culture)
    {
        var name = culture.NativeName;
        return name.Length == 0 ? culture.Name : culture.TextInfo.ToUpper(name[0]) + name[1..];
    }

    private static CultureInfo? Culture(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            return culture.Name.Length == 0 ? null : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> Words(string language)
    {
        var english = StarterText.Value["en"];
        var words = new Dictionary<string, string>(english, StringComparer.Ordinal);
        foreach (var tag in Rendering.I18nCatalog.Chain(language).Reverse())
        {
            if (StarterText.Value.TryGetValue(tag, out var own))
            {
                foreach (var (key, value) in own)
                {
                    words[key] = value;
                }
            }
        }

        return words;
    }

    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> StarterText = new(() =>
    {
        using var stream = typeof(SiteScaffold).Assembly.GetManifestResourceStream("scaffold/starter-text.yml")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var diagnostics = new Diagnostics.DiagnosticBag();
        var root = YamlDocumentReader.Read(reader.ReadToEnd(), "starter-text.yml", 0, diagnostics) as DataMap;
        return root!.Entries.ToDictionary(
            e => e.Key.Value,
            e => ((DataMap)e.Value!).Entries.ToDictionary(w => w.Key.Value, w => ((DataScalar)w.Value!).Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
    });
}
