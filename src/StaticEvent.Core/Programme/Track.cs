using StaticEvent.Diagnostics;

namespace StaticEvent.Programme;

/// <summary>A track (a theme sessions are grouped by), from <c>tracks:</c>; <see cref="Color"/> is <c>#rrggbb</c> or null.</summary>
internal sealed record Track(string Id, LocalizedText Name, string? Color, SourceLocation Location);
