using System.Collections.Concurrent;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;
using StaticEvent.Locale;

namespace StaticEvent.Rendering.Markup;

/// <summary>
/// One Markdig pipeline per language, each built once and shared by every thread (a built
/// pipeline is immutable and thread-safe). They differ only in their quotation marks (from CLDR).
/// </summary>
internal sealed class MarkdownPipelines
{
    private readonly ConcurrentDictionary<string, MarkdownPipeline> _pipelines = new(StringComparer.Ordinal);
    private readonly bool _allowHtml;

    public MarkdownPipelines(bool allowHtml)
    {
        _allowHtml = allowHtml;
    }

    public MarkdownPipeline For(string language) => _pipelines.GetOrAdd(language, Build);

    private MarkdownPipeline Build(string language)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseTaskLists()
            .UseFigures()
            .UseAutoLinks()
            .UseSmartyPants(QuotesFor(language))
            .Use<CjkLineBreakExtension>()
            .UsePreciseSourceLocation();
        if (!_allowHtml)
        {
            builder.DisableHtml();
        }

        return builder.Build();
    }

    /// <summary>
    /// CLDR's quotation marks for the language (de „ “, ja 「」, fa « »); the alternate pair for
    /// single quotes. French also puts a narrow no-break space inside « », which CLDR does not
    /// record: a typographic rule of French, kept here.
    /// </summary>
    private static SmartyPantOptions QuotesFor(string language)
    {
        var quotes = LocaleData.For(language).Quotes;
        var french = Primary(language) == "fr";
        var options = new SmartyPantOptions();
        options.Mapping[SmartyPantType.LeftDoubleQuote] = Spaced(quotes.Open, french, opening: true);
        options.Mapping[SmartyPantType.RightDoubleQuote] = Spaced(quotes.Close, french, opening: false);
        options.Mapping[SmartyPantType.LeftQuote] = Spaced(quotes.AlternateOpen, french, opening: true);
        options.Mapping[SmartyPantType.RightQuote] = Spaced(quotes.AlternateClose, french, opening: false);
        options.Mapping[SmartyPantType.LeftAngleQuote] = Spaced("«", french, opening: true);
        options.Mapping[SmartyPantType.RightAngleQuote] = Spaced("»", french, opening: false);
        return options;
    }

    private static string Spaced(string mark, bool french, bool opening) =>
        !french || mark is not ("«" or "»" or "‹" or "›") ? mark : opening ? mark + "&#8239;" : "&#8239;" + mark;

    internal static string Primary(string language) => language.Split('-')[0];
}
