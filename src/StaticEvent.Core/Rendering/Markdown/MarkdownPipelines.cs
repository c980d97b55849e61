using System.Collections.Concurrent;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;

namespace StaticEvent.Rendering.Markdown;

/// <summary>
/// One Markdig pipeline per language, each built once and shared by every thread (a built
/// pipeline is immutable and thread-safe). They differ only in their quotation marks.
/// </summary>
public sealed class MarkdownPipelines
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
            .UsePreciseSourceLocation();
        if (!_allowHtml)
        {
            builder.DisableHtml();
        }

        return builder.Build();
    }

    /// <summary>The quotation marks each language's typography uses; French puts narrow no-break spaces inside « ».</summary>
    private static SmartyPantOptions QuotesFor(string language)
    {
        var options = new SmartyPantOptions();
        var (open, close, openSingle, closeSingle) = Primary(language) switch
        {
            "fr" => ("«&#8239;", "&#8239;»", "‹&#8239;", "&#8239;›"),
            "es" or "ar" or "ru" or "it" => ("«", "»", "“", "”"),
            "de" => ("„", "“", "‚", "‘"),
            _ => ("“", "”", "‘", "’"),
        };
        options.Mapping[SmartyPantType.LeftDoubleQuote] = open;
        options.Mapping[SmartyPantType.RightDoubleQuote] = close;
        options.Mapping[SmartyPantType.LeftAngleQuote] = Primary(language) == "fr" ? "«&#8239;" : "«";
        options.Mapping[SmartyPantType.RightAngleQuote] = Primary(language) == "fr" ? "&#8239;»" : "»";
        options.Mapping[SmartyPantType.LeftQuote] = openSingle;
        options.Mapping[SmartyPantType.RightQuote] = closeSingle;
        return options;
    }

    internal static string Primary(string language) => language.Split('-')[0];
}
