using StaticEvent.Diagnostics;

namespace StaticEvent.Programme;

/// <summary>
/// A person from <c>data/speakers.yml</c>: someone who speaks at a session or is listed as
/// present at one. <see cref="Name"/> may differ by language when the script differs (an
/// Arabic name in Arabic script). <see cref="Photo"/> is a path below the site's <c>static/</c>
/// folder or an absolute https URL, and always comes with <see cref="PhotoAlt"/>.
/// </summary>
internal sealed record Speaker(
    string Id,
    LocalizedText Name,
    LocalizedText? Role,
    LocalizedText? Bio,
    string? Photo,
    LocalizedText? PhotoAlt,
    SourceLocation Location);
