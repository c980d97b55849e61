using StaticEvent.Discovery;

namespace StaticEvent.Parsing;

/// <summary>A content file after parsing: its front matter and its Markdown body, not yet rendered.</summary>
internal sealed record SourceDocument(ContentFile File, FrontMatter FrontMatter, string Body, int BodyLine);
