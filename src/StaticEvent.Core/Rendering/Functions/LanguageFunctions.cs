using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Locale;
using StaticEvent.Rendering.Markup;

namespace StaticEvent.Rendering.Functions;

/// <summary>
/// The functions templates call, bound to one language (so <c>t</c> and <c>format_date</c> need no
/// language argument). One read-only object per language, shared by all render threads.
/// </summary>
internal static class LanguageFunctions
{
    public static ScriptObject Create(LanguageConfig language, I18nCatalog catalog, UrlBuilder urls, StaticAssets assets, MarkdownRenderer markdown, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        var functions = new ScriptObject();
        var locale = LocaleData.For(language.Locale);
        var dates = new LocalDates(locale, language.Digits);
        var numbers = new LocalNumbers(locale, language.Digits);

        // {{ t "nav.home" }} → "Accueil"; extra arguments fill {0}, {1}…
        functions.Import("t", new Func<TemplateContext, SourceSpan, string, object[], string>((context, span, key, args) =>
        {
            // Fallbacks are resolved when the catalogue loads; a key no language has would print raw.
            if (catalog.Find(language.Code, key) is not { } found)
            {
                diagnostics.Error(DiagnosticCodes.MissingI18nKey, Location(span),
                    $"the interface string '{key}' is in no i18n file", $"add '{key}' to {catalog.SiteFile(language.Code)} (and the other languages'), or fix the key");
                return string.Empty;
            }

            if (found.From is { } from)
            {
                diagnostics.Warning(DiagnosticCodes.I18nFallback, Location(span),
                    $"the interface string '{key}' has no '{language.Code}' text; the '{from}' text is shown", $"add '{key}' to {catalog.SiteFile(language.Code)}");
            }

            var text = found.Text;

            return args.Length == 0 ? text : string.Format(language.Culture, text, args);
        }));

        // {{ format_date page.date "date" }} → "24 novembre 2025"; "long" → "lundi 24 novembre 2025"; see docs/themes.md
        functions.Import("format_date", new Func<TemplateContext, SourceSpan, object?, string?, string>((context, span, value, format) =>
            DateFormats.Format(value, format ?? "long", dates, zone) ?? string.Empty));

        // {{ format_date_range ev_start ev_end }} → "24–27 novembre 2025"; false as third argument leaves out the year
        functions.Import("format_date_range", new Func<object?, object?, object[], string>((start, end, rest) =>
            DateFormats.Range(start, end, dates, zone, withYear: rest is not [false, ..]) ?? string.Empty));

        // {{ format_list ["Ana", "Bo", "Cy"] }} → "Ana, Bo et Cy" with CLDR's list patterns
        functions.Import("format_list", new Func<object?, string>(items => locale.Lists.Format(ListItems(items))));

        // {{ iso_date page.date }} → "2025-11-24T10:30:00+01:00", for datetime attributes and feeds (always Latin digits)
        functions.Import("iso_date", new Func<object?, string>(value => DateFormats.Iso(value) ?? string.Empty));

        // {{ format_number 1234 }} → "1 234" in fr, "۱٬۲۳۴" in fa: CLDR symbols and the language's digits
        functions.Import("format_number", new Func<object?, string>(value => numbers.Format(value) ?? value?.ToString() ?? string.Empty));

        // {{ url "fr/actualites/" }} → "/ga93/fr/actualites/"
        functions.Import("url", new Func<string?, string>(path => urls.Path(path ?? string.Empty)));

        // {{ abs_url page.url }} → "https://example.org/ga93/fr/…"
        functions.Import("abs_url", new Func<string?, string>(path => AbsoluteUrl(urls, path ?? string.Empty)));

        // {{ asset "css/site.css" }} → "/ga93/css/site.3f2a9c01be.css"
        functions.Import("asset", new Func<TemplateContext, SourceSpan, string, string>((context, span, path) =>
        {
            var relative = path.TrimStart('/');
            var fingerprinted = assets.FingerprintedPath(relative);
            if (fingerprinted is null)
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, Location(span), $"the asset '{path}' is not in the theme's or the site's static/ folder",
                    "check the path, relative to static/");
                return urls.Path(relative);
            }

            return urls.Path(fingerprinted);
        }));

        // {{ markdownify session.description }} → HTML
        functions.Import("markdownify", new Func<TemplateContext, SourceSpan, string?, SafeHtml>((context, span, text) =>
            text is null ? SafeHtml.Empty : markdown.RenderFragment(text, language.Code, span.FileName, span.Start.Line + 1)));

        // {{ raw some_html }}: the template author vouches that the text is safe HTML
        functions.Import("raw", new Func<object?, SafeHtml>(value => value is SafeHtml html ? html : new SafeHtml(value?.ToString() ?? string.Empty)));

        // {{ include "header" }}: Scriban's include, its already-escaped output marked safe
        functions["include"] = new SafeIncludeFunction(new Scriban.Functions.IncludeFunction());

        functions.IsReadOnly = true;
        return functions;
    }

    private static List<string> ListItems(object? items) => items switch
    {
        null => [],
        string text => [text],
        System.Collections.IEnumerable list => list.Cast<object?>().Where(i => i is not null).Select(i => i!.ToString() ?? string.Empty).ToList(),
        _ => [items.ToString() ?? string.Empty],
    };

    private static string AbsoluteUrl(UrlBuilder urls, string path)
    {
        if (path.StartsWith(urls.BasePath, StringComparison.Ordinal))
        {
            return urls.BaseUrl.GetLeftPart(UriPartial.Authority) + path;
        }

        return path.Contains("://", StringComparison.Ordinal) ? path : urls.Absolute(path);
    }

    private static SourceLocation Location(SourceSpan span) => new(span.FileName ?? "(template)", span.Start.Line + 1, span.Start.Column + 1);
}
