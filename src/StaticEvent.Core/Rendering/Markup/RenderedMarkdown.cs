namespace StaticEvent.Rendering.Markup;

/// <summary>A page body as HTML, with its plain-text summary and the ids of its headings.</summary>
internal sealed record RenderedMarkdown(SafeHtml Html, string Summary, IReadOnlySet<string> Ids);
