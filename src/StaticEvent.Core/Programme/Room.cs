using StaticEvent.Diagnostics;

namespace StaticEvent.Programme;

/// <summary>A room of the venue, from <c>rooms:</c> in <c>data/schedule.yml</c>.</summary>
internal sealed record Room(string Id, LocalizedText Name, SourceLocation Location);
