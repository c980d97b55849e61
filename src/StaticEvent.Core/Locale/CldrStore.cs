using System.Text.Json;

namespace StaticEvent.Locale;

/// <summary>
/// The CLDR data embedded in the assembly (<c>Cldr/locales.json</c>, made by
/// <c>Cldr/generate.py</c>), read once on first use. Read-only afterwards, so shared by every
/// thread without locks.
/// </summary>
internal sealed class CldrStore
{
    private static readonly Lazy<CldrStore> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, JsonElement> _locales;
    private readonly Dictionary<string, string> _likely;
    private readonly Dictionary<string, string> _parents;
    private readonly HashSet<string> _scriptLocales;
    private readonly Dictionary<string, string> _digits;

    private CldrStore(JsonElement root)
    {
        Version = root.GetProperty("cldrVersion").GetString()!;
        _locales = root.GetProperty("locales").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        _likely = Strings(root.GetProperty("likelySubtags"));
        _parents = Strings(root.GetProperty("parentLocales"));
        _digits = Strings(root.GetProperty("digits"));
        _scriptLocales = root.GetProperty("scriptLocales").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    public static CldrStore Instance => Loaded.Value;

    /// <summary>The CLDR release the data comes from, e.g. "47.0.0".</summary>
    public string Version { get; }

    /// <summary>The data of one CLDR locale, if it is one of those generated.</summary>
    public JsonElement? Locale(string tag) => _locales.TryGetValue(tag, out var data) ? data : null;

    public string? ParentLocale(string tag) => _parents.GetValueOrDefault(tag);

    public bool IsScriptLocale(string tag) => _scriptLocales.Contains(tag);

    /// <summary>The ten digits of a numbering system ("arab" → "٠١٢٣٤٥٦٧٨٩").</summary>
    public string? Digits(string system) => _digits.GetValueOrDefault(system);

    /// <summary>The script CLDR's likely subtags give the tag: zh-TW → Hant, zh → Hans, ar → Arab.</summary>
    public string? LikelyScript(LanguageTag tag)
    {
        if (tag.Script is not null)
        {
            return tag.Script;
        }

        var full = (tag.Region is null ? null : _likely.GetValueOrDefault(tag.Language + "-" + tag.Region)) ?? _likely.GetValueOrDefault(tag.Language);
        return full?.Split('-') is [_, var script, ..] && script.Length == 4 ? script : null;
    }

    private static Dictionary<string, string> Strings(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    private static CldrStore Load()
    {
        using var stream = typeof(CldrStore).Assembly.GetManifestResourceStream("StaticEvent.Locale.locales.json")
            ?? throw new InvalidOperationException("the CLDR data resource StaticEvent.Locale.locales.json is missing from the assembly");
        using var document = JsonDocument.Parse(stream);
        return new CldrStore(document.RootElement);
    }
}
