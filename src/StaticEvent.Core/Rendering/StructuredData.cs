using System.Text.Json;
using System.Text.Json.Serialization;

namespace StaticEvent.Rendering;

/// <summary>
/// schema.org data for search engines, written as JSON-LD script elements: WebSite on homes,
/// NewsArticle on articles, BreadcrumbList where a page has a trail (Event and Person come from
/// the programme's model). Values that are not known are left out, never guessed.
/// </summary>
internal static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>JSON-LD script elements, one per block; the serializer escapes &lt; so the data cannot close the script.</summary>
    public static SafeHtml Scripts(params IEnumerable<object> blocks) =>
        new(string.Concat(blocks.Select(data => $"<script type=\"application/ld+json\">{JsonSerializer.Serialize(data, Options)}</script>")));

    public static Dictionary<string, object?> WebSite(string name, string? description, string url, string language) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = name,
        ["description"] = description,
        ["url"] = url,
        ["inLanguage"] = language,
    };

    public static Dictionary<string, object?> NewsArticle(string headline, string? description, string url, string language,
        DateTimeOffset? published, DateTimeOffset? modified, string? author, string? image, string publisher) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["headline"] = headline,
        ["description"] = description,
        ["url"] = url,
        ["mainEntityOfPage"] = url,
        ["inLanguage"] = language,
        ["datePublished"] = published is { } p ? Iso(p) : null,
        ["dateModified"] = modified is { } m ? Iso(m) : published is { } first ? Iso(first) : null,
        ["author"] = author is null ? null : new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = author },
        ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = publisher },
        ["image"] = image,
    };

    /// <summary>The trail from the home to the page itself, each with its absolute URL.</summary>
    public static Dictionary<string, object?> Breadcrumbs(IEnumerable<(string Name, string Url)> trail) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = trail.Select((step, i) => new Dictionary<string, object?>
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = step.Name,
            ["item"] = step.Url,
        }).ToList(),
    };

    public static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
