using System.Collections.Concurrent;

namespace StaticEvent.Locale;

/// <summary>
/// The lookup chain of a BCP 47 tag, most specific first, for CLDR data and for translation
/// files alike: <c>pt-BR</c> → pt-BR, pt; <c>en-AU</c> → en-AU, en-001, en (CLDR parent
/// locales); <c>zh-TW</c> → zh-TW, zh-Hant-TW, zh-Hant, zh (the likely script inserted, for the
/// languages CLDR splits by script). Input in any casing; output in canonical casing.
/// </summary>
internal static class LocaleChain
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Chains = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The chain of <paramref name="tag"/>, e.g. <c>es-MX</c> → es-MX, es-419, es.</summary>
    public static IReadOnlyList<string> For(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return Chains.GetOrAdd(tag, Build);
    }

    /// <summary>The tag in canonical casing: <c>ZH-hant-tw</c> → <c>zh-Hant-TW</c>.</summary>
    public static string Canonical(string tag) => LanguageTag.Parse(tag).ToString();

    private static IReadOnlyList<string> Build(string text)
    {
        var store = CldrStore.Instance;
        var tag = LanguageTag.Parse(text);
        var chain = new List<string>();
        Add(chain, tag.ToString());

        // Variants and extensions are dropped before the parents: de-CH-1996 → de-CH.
        var current = tag with { Rest = null };
        Add(chain, current.ToString());

        // zh-TW → zh-Hant-TW, zh → zh-Hans: only where CLDR has locales per script (zh-Hant,
        // sr-Latn), so en-US does not become en-Latn-US.
        if (current.Script is null && store.LikelyScript(current) is { } script && store.IsScriptLocale(current.Language + "-" + script))
        {
            current = current.WithScript(script);
            Add(chain, current.ToString());
        }

        for (var next = Parent(current.ToString(), store); next is not null; next = Parent(next, store))
        {
            Add(chain, next);
        }

        return chain.AsReadOnly();
    }

    /// <summary>CLDR's parent locale, else the tag less its last subtag; none after the language.</summary>
    private static string? Parent(string tag, CldrStore store)
    {
        if (store.ParentLocale(tag) is { } parent && parent != "root" && parent != "und")
        {
            return parent;
        }

        var cut = tag.LastIndexOf('-');
        return cut < 0 ? null : tag[..cut];
    }

    private static void Add(List<string> chain, string tag)
    {
        if (!chain.Contains(tag, StringComparer.Ordinal))
        {
            chain.Add(tag);
        }
    }
}
