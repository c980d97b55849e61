using System.Collections.Concurrent;
using System.Text.Json;

namespace StaticEvent.Locale;

/// <summary>
/// Everything StaticEvent writes differently per locale, from CLDR (Gregorian calendar only):
/// names of months and weekdays, date patterns and ranges, numbering systems, quotation marks,
/// list patterns, script and direction. <see cref="For"/> resolves a tag through
/// <see cref="LocaleChain"/> to the first locale the data has; an unknown language gets CLDR
/// root's neutral, ISO-like patterns (with English names) rather than an error.
/// </summary>
internal sealed class LocaleData
{
    private static readonly ConcurrentDictionary<string, LocaleData> Cache = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> RightToLeftScripts = new(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"], StringComparer.Ordinal);

    private LocaleData(string tag, string source, JsonElement data, CldrStore store)
    {
        Tag = tag;
        Source = source;
        var likely = store.LikelyScript(LanguageTag.Parse(tag));
        Script = source == "und" && likely is not null ? likely : data.GetProperty("script").GetString()!;
        IsRightToLeft = source == "und" ? RightToLeftScripts.Contains(Script) : data.GetProperty("rtl").GetBoolean();
        Months = Strings(data, "months");
        MonthsStandalone = data.TryGetProperty("monthsStandalone", out _) ? Strings(data, "monthsStandalone") : Months;
        MonthsAbbreviated = Strings(data, "monthsAbbr");
        Days = Strings(data, "days");
        DaysAbbreviated = Strings(data, "daysAbbr");
        Am = data.GetProperty("am").GetString()!;
        Pm = data.GetProperty("pm").GetString()!;
        Era = data.GetProperty("era").GetString()!;
        FlexiblePeriods = data.TryGetProperty("flexiblePeriods", out var periods)
            ? periods.EnumerateArray().Select(p => new DayPeriod(p[0].GetInt32(), p[1].GetInt32(), p[2].GetString()!)).ToArray()
            : [];

        var formats = data.GetProperty("dateFormats");
        var named = data.GetProperty("formats");
        Patterns = new DatePatterns(
            Text(formats, "full"), Text(formats, "long"), Text(formats, "medium"), Text(formats, "short"),
            Text(named, "date"), Text(named, "month"), Text(named, "monthDay"), Text(named, "weekdayDay"), Text(named, "time"), Text(named, "dateTime"));
        DateRange = Range(data.GetProperty("dateRange"));
        MonthDayRange = Range(data.GetProperty("monthDayRange"));

        var numbers = data.GetProperty("numbers");
        var systems = numbers.GetProperty("systems");
        DefaultNumbers = System(systems, Text(numbers, "default"), store);
        NativeNumbers = System(systems, Text(numbers, "native"), store);
        LatinNumbers = System(systems, "latn", store);
        MinimumGroupingDigits = numbers.GetProperty("minimumGrouping").GetInt32();

        var quotes = Strings(data, "quotes");
        Quotes = new QuotationMarks(quotes[0], quotes[1], quotes[2], quotes[3]);
        var list = data.GetProperty("list");
        Lists = new ListPatterns(Text(list, "start"), Text(list, "middle"), Text(list, "end"), Text(list, "2"));
    }

    /// <summary>The tag asked for, in canonical casing.</summary>
    public string Tag { get; }

    /// <summary>The CLDR locale the data comes from: "en-001" for en-AU, "und" for an unknown language.</summary>
    public string Source { get; }

    /// <summary>ISO 15924 script, title case: "Latn", "Arab", "Hans", "Jpan".</summary>
    public string Script { get; }

    public bool IsRightToLeft { get; }

    /// <summary>Month names as in a date (format wide; genitive in ru: "ноября"), January first.</summary>
    public IReadOnlyList<string> Months { get; }

    /// <summary>Month names on their own (stand-alone wide; ru "ноябрь"); <see cref="Months"/> where CLDR has no difference.</summary>
    public IReadOnlyList<string> MonthsStandalone { get; }

    public IReadOnlyList<string> MonthsAbbreviated { get; }

    /// <summary>Weekday names (format wide), Sunday first.</summary>
    public IReadOnlyList<string> Days { get; }

    public IReadOnlyList<string> DaysAbbreviated { get; }

    public string Am { get; }

    public string Pm { get; }

    /// <summary>The abbreviated name of the common era ("AD", "ap. J.-C."), for patterns with G (th).</summary>
    public string Era { get; }

    internal IReadOnlyList<DayPeriod> FlexiblePeriods { get; }

    public DatePatterns Patterns { get; }

    /// <summary>Day, month and year ranges with the month written out ("23–27 October 2026").</summary>
    public RangePatterns DateRange { get; }

    /// <summary>The same without the year ("23–27 October").</summary>
    public RangePatterns MonthDayRange { get; }

    /// <summary>CLDR's default numbering system: arabext for fa, latn for ar-MA, arab for ar-EG.</summary>
    public NumberingSystem DefaultNumbers { get; }

    /// <summary>CLDR's native numbering system: arab for every ar, deva for hi; the default one where there is none.</summary>
    public NumberingSystem NativeNumbers { get; }

    public NumberingSystem LatinNumbers { get; }

    /// <summary>Digits an integer needs before grouping starts: 2 in es and pl (1234, but 12 345).</summary>
    public int MinimumGroupingDigits { get; }

    public QuotationMarks Quotes { get; }

    public ListPatterns Lists { get; }

    /// <summary>The data for a BCP 47 tag (any casing), cached; never throws for an unknown tag.</summary>
    public static LocaleData For(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return Cache.GetOrAdd(tag, Resolve);
    }

    /// <summary>The numbering system for a <c>digits:</c> choice.</summary>
    public NumberingSystem Numbers(DigitStyle style) => style switch
    {
        DigitStyle.Latin => LatinNumbers,
        DigitStyle.Native => NativeNumbers,
        _ => DefaultNumbers,
    };

    private static LocaleData Resolve(string tag)
    {
        var store = CldrStore.Instance;
        foreach (var candidate in LocaleChain.For(tag))
        {
            if (store.Locale(candidate) is { } data)
            {
                return new LocaleData(LocaleChain.Canonical(tag), candidate, data, store);
            }
        }

        return new LocaleData(LocaleChain.Canonical(tag), "und", store.Locale("und")!.Value, store);
    }

    private static NumberingSystem System(JsonElement systems, string name, CldrStore store)
    {
        var system = systems.GetProperty(name);
        var grouping = system.GetProperty("grouping");
        return new NumberingSystem(name, store.Digits(name) ?? "0123456789", Text(system, "decimal"), Text(system, "group"), Text(system, "minus"),
            grouping[0].GetInt32(), grouping[1].GetInt32());
    }

    private static RangePatterns Range(JsonElement element) =>
        new(Text(element, "d"), Text(element, "M"), element.TryGetProperty("y", out var year) ? year.GetString() : null);

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;

    private static string[] Strings(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
