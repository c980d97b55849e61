using System.Globalization;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Locale;
using StaticEvent.Model;
using StaticEvent.Yaml;
using StaticEvent.Text;

namespace StaticEvent.Configuration;

/// <summary>
/// Stage 1: reads <c>site.yml</c> into a <see cref="SiteConfig"/>. Strict: an unknown key or a
/// wrong type is an error with its line and column, and every such problem is reported.
/// </summary>
internal static partial class SiteConfigLoader
{
    public static SiteConfig? Load(IFileSource source, DiagnosticBag diagnostics)
    {
        const string path = SiteConfig.FileName;
        if (!source.FileExists(path))
        {
            diagnostics.Error(DiagnosticCodes.ConfigMissing, new SourceLocation(path), "site.yml was not found in the site folder",
                "run the command in the site folder, or pass --source DIR");
            return null;
        }

        var text = TextDecoder.Read(source, path, diagnostics);
        var root = text is null ? null : YamlDocumentReader.Read(text, path, 0, diagnostics);
        var reader = MapReader.For(root, "site.yml", path, diagnostics);
        if (reader is null)
        {
            if (text is not null && root is null && !diagnostics.HasErrors)
            {
                diagnostics.Error(DiagnosticCodes.MissingRequired, new SourceLocation(path, 1, 1), "site.yml is empty", "see docs/configuration.md for a complete example");
            }

            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var baseUrl = ReadBaseUrl(reader);
        var zone = ReadTimeZone(reader);
        var languages = ReadLanguages(reader, out var declared);
        var codes = languages.Select(l => l.Code).ToList();
        var defaultLanguage = reader.String("defaultLanguage") ?? declared.FirstOrDefault() ?? "en";

        // Against every code listed, so a language with another error is not also called missing.
        if (declared.Count > 0 && !declared.Contains(defaultLanguage))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, reader.LocationOfKey("defaultLanguage"),
                $"the default language '{defaultLanguage}' is not in 'languages'", $"use one of: {string.Join(", ", declared)}");
        }

        var theme = reader.String("theme") ?? "default";
        if (!UrlSegment.IsValid(theme))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, reader.LocationOf(reader.Map["theme"]!),
                $"'{theme}' is not a theme name", "write the name of a folder under themes/, e.g. default, with no '/', '\\' or '..'");
        }
        var pageSize = reader.Int("pageSize", 1, 1000) ?? 10;
        var buildDate = reader.Date("buildDate", zone ?? TimeZoneInfo.Utc);
        var (include, exclude) = ReadContent(reader);
        var allowHtml = reader.Child("markdown") is { } markdown ? ReadMarkdown(markdown) : true;
        var permalinks = ReadPermalinks(reader);
        var menus = ReadMenus(reader, codes);
        var parameters = reader.Node("params") as DataMap;
        var deploy = ReadDeployTargets(reader);
        var hosting = ReadHosting(reader);
        reader.ReportUnknownKeys("site.yml",
            ["baseUrl", "defaultLanguage", "theme", "timeZone", "pageSize", "buildDate", "content", "markdown", "languages", "permalinks", "menus", "params", "deploy", "hosting"]);

        if (baseUrl is null || zone is null || languages.Count == 0 || diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        return new SiteConfig
        {
            BaseUrl = baseUrl,
            DeclaredBaseUrl = baseUrl,
            TimeZone = zone,
            Languages = languages,
            DefaultLanguage = defaultLanguage,
            Theme = theme,
            PageSize = pageSize,
            BuildDate = buildDate,
            Include = include,
            Exclude = exclude,
            AllowHtml = allowHtml,
            Permalinks = permalinks,
            Menus = menus,
            Params = parameters,
            DeployTargets = deploy,
            Hosting = hosting,
        };
    }

    private static Uri? ReadBaseUrl(MapReader reader)
    {
        var text = reader.String("baseUrl", required: true);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, reader.LocationOfKey("baseUrl"),
                $"'baseUrl' must be an absolute http(s) address without query or fragment, found '{text}'", "write e.g. https://example.org/ or https://example.org/ga93/");
            return null;
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
    }

    private static TimeZoneInfo? ReadTimeZone(MapReader reader)
    {
        var id = reader.String("timeZone") ?? "UTC";
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, reader.LocationOfKey("timeZone"),
                $"unknown time zone '{id}'", "use an IANA zone id such as Africa/Casablanca or Europe/Paris");
            return null;
        }
    }

    private static List<LanguageConfig> ReadLanguages(MapReader reader, out List<string> declared)
    {
        var languages = new List<LanguageConfig>();
        declared = [];
        var list = reader.List("languages");
        if (list is null)
        {
            reader.Diagnostics.Error(DiagnosticCodes.MissingRequired, reader.LocationOf(reader.Map), "'languages' is required", "list at least one language with code, name, culture and title");
            return languages;
        }

        foreach (var item in list.Items)
        {
            if (MapReader.For(item, "a language", reader.Path, reader.Diagnostics) is not { } entry)
            {
                continue;
            }

            var code = entry.String("code", required: true);
            var name = entry.String("name", required: true);
            var cultureName = entry.String("culture") ?? code;
            var direction = entry.String("direction") ?? "ltr";
            var title = entry.String("title", required: true);
            var description = entry.String("description") ?? string.Empty;
            var sections = ReadSlugMap(entry, "sections", out var sectionPositions);
            var digits = ReadDigits(entry);
            entry.ReportUnknownKeys("a language", ["code", "name", "culture", "direction", "title", "description", "sections", "digits"]);

            if (direction is not ("ltr" or "rtl"))
            {
                reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOfKey("direction"), $"'direction' must be ltr or rtl, found '{direction}'");
            }

            if (code is not null && !IsLanguageCode(code))
            {
                reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOfKey("code"), $"'{code}' is not a language code", "use a code such as fr, en, ar or pt-BR");
                continue;
            }

            if (code is not null)
            {
                declared.Add(code);
            }

            if (code is not null && languages.Any(l => l.Code == code))
            {
                reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOfKey("code"), $"the language '{code}' is listed twice");
                continue;
            }

            var culture = cultureName is null ? null : GregorianCulture(cultureName, entry);
            if (code is null || name is null || title is null || culture is null)
            {
                continue;
            }

            languages.Add(new LanguageConfig
            {
                Code = code,
                Name = name,
                Culture = culture,
                Locale = LocaleChain.Canonical(cultureName!),
                Digits = digits,
                IsRightToLeft = direction == "rtl",
                Title = title,
                Description = description,
                SectionSlugs = sections,
                SectionSlugPositions = sectionPositions,
            });
        }

        return languages;
    }

    /// <summary>
    /// The culture with the Gregorian calendar forced: some Arabic cultures default to the Hijri
    /// calendar, and an event's dates must be the ones printed on its invitations.
    /// </summary>
    private static CultureInfo? GregorianCulture(string name, MapReader entry)
    {
        CultureInfo culture;
        try
        {
            culture = (CultureInfo)CultureInfo.GetCultureInfo(name, predefinedOnly: true).Clone();
        }
        catch (CultureNotFoundException)
        {
            var hint = CultureInfo.InvariantCulture.Name == CultureInfo.CurrentCulture.Name && name.Length > 0
                ? "use a culture such as fr-FR or ar-MA; if it is one, this machine may lack ICU (install libicu)"
                : "use a culture such as fr-FR, en-GB, ar-MA or es-ES";
            entry.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOfKey("culture"), $"unknown culture '{name}'", hint);
            return null;
        }

        var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() ?? new GregorianCalendar();
        culture.DateTimeFormat.Calendar = gregorian;
        return CultureInfo.ReadOnly(culture);
    }

    /// <summary><c>digits: latin | native</c>; absent means CLDR's default for the locale (Persian digits for fa).</summary>
    private static DigitStyle ReadDigits(MapReader entry)
    {
        var text = entry.String("digits");
        switch (text)
        {
            case null:
                return DigitStyle.Default;
            case "latin":
                return DigitStyle.Latin;
            case "native":
                return DigitStyle.Native;
            default:
                entry.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOf(entry.Map["digits"]!), $"'digits' must be latin or native, found '{text}'",
                    "write digits: latin for 0–9, digits: native for the language's own digits, or leave it out for the usual ones of the culture");
                return DigitStyle.Default;
        }
    }

    private static bool IsLanguageCode(string code) =>
        code.Length is >= 2 and <= 12 && code.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '-') && char.IsLower(code[0]);

    private static Dictionary<string, string> ReadSlugMap(MapReader reader, string key, out Dictionary<string, (int Line, int Column)> positions)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        positions = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        if (reader.Child(key) is not { } map)
        {
            return result;
        }

        foreach (var (name, value) in map.Map.Entries)
        {
            map.Node(name.Value);
            if (value is DataScalar { IsNull: false } slug && UrlSegment.IsValid(slug.Value))
            {
                result[name.Value] = slug.Value;
                positions[name.Value] = (slug.Line, slug.Column);
            }
            else
            {
                reader.Diagnostics.Error(DiagnosticCodes.InvalidSlug, reader.LocationOf(value),
                    $"'{key}.{name.Value}' must be a URL segment, found {value.Describe}", "use lowercase letters, digits and hyphens");
            }
        }

        return result;
    }

    private static (IReadOnlyList<string>, IReadOnlyList<string>) ReadContent(MapReader reader)
    {
        if (reader.Child("content") is not { } content)
        {
            return (["**/*.md"], []);
        }

        var include = content.StringList("include");
        var exclude = content.StringList("exclude");
        content.ReportUnknownKeys("'content'", ["include", "exclude"]);
        return (include.Count == 0 ? ["**/*.md"] : include, exclude);
    }

    private static bool ReadMarkdown(MapReader markdown)
    {
        var allowHtml = markdown.Bool("allowHtml") ?? true;
        markdown.ReportUnknownKeys("'markdown'", ["allowHtml"]);
        return allowHtml;
    }

    private static Dictionary<string, string> ReadPermalinks(MapReader reader)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.Child("permalinks") is not { } map)
        {
            return result;
        }

        foreach (var (section, value) in map.Map.Entries)
        {
            map.Node(section.Value);
            if (value is DataScalar pattern && PermalinkPattern.Validate(pattern.Value) is null)
            {
                result[section.Value] = pattern.Value;
            }
            else
            {
                var problem = value is DataScalar s ? PermalinkPattern.Validate(s.Value) : $"found {value.Describe}";
                reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, reader.LocationOf(value), $"invalid permalink for '{section.Value}': {problem}",
                    $"use the tokens {string.Join(", ", PermalinkPattern.Tokens)}, e.g. \":section/:year/:slug/\"");
            }
        }

        return result;
    }

    private static Dictionary<string, IReadOnlyList<MenuItemConfig>> ReadMenus(MapReader reader, IReadOnlyCollection<string> languages)
    {
        var menus = new Dictionary<string, IReadOnlyList<MenuItemConfig>>(StringComparer.Ordinal);
        if (reader.Child("menus") is not { } map)
        {
            return menus;
        }

        foreach (var (menuName, value) in map.Map.Entries)
        {
            var list = map.List(menuName.Value);
            var items = new List<MenuItemConfig>();
            foreach (var node in list?.Items ?? [])
            {
                if (MapReader.For(node, "a menu entry", reader.Path, reader.Diagnostics) is not { } entry)
                {
                    continue;
                }

                var item = new MenuItemConfig
                {
                    Ref = entry.String("ref"),
                    Url = entry.String("url"),
                    Name = entry.Localized("name", languages),
                    Description = entry.Localized("description", languages),
                    Line = node.Line,
                    Column = node.Column,
                };
                entry.ReportUnknownKeys("a menu entry", ["ref", "url", "name", "description"]);
                if ((item.Ref is null) == (item.Url is null))
                {
                    reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOf(node), "a menu entry needs exactly one of 'ref' (a page) or 'url'");
                    continue;
                }

                if (item.Url is not null && item.Name is null)
                {
                    reader.Diagnostics.Error(DiagnosticCodes.MissingRequired, entry.LocationOf(node), "a menu entry with 'url' needs a 'name'");
                    continue;
                }

                if (item.Url is not null && LinkScheme.Forbidden(item.Url) is { } scheme)
                {
                    reader.Diagnostics.Error(DiagnosticCodes.UnsafeLinkScheme, entry.LocationOf(entry.Map["url"]!),
                        $"links with the scheme '{scheme}:' are not allowed", "use an http(s), mailto or tel address, or a path such as /fr/programme/");
                    continue;
                }

                items.Add(item);
            }

            menus[menuName.Value] = items;
        }

        return menus;
    }
}
