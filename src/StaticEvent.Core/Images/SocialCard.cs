using StaticEvent.Rendering;

namespace StaticEvent.Images;

/// <summary>
/// What one social card shows: everything its pixels depend on, so its hash names the file
/// (<c>cards/&lt;hash&gt;.png</c>) and keys the cache. Colours are <c>#rrggbb</c>.
/// </summary>
internal sealed record SocialCard(
    string Title,
    string? Event,
    string? Dates,
    string? Host,
    string Language,
    string Script,
    bool RightToLeft,
    CardColors Colors)
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Changed whenever the drawing changes, so old cached cards are not reused.</summary>
    public const int LayoutVersion = 2;

    /// <summary>What a reader who cannot see the picture is told it shows.</summary>
    public string Alt => string.Join(" — ", new[] { Title, Event == Title ? null : Event, Dates }.Where(t => !string.IsNullOrEmpty(t)));

    public string Key(string fontSignature) => HashWriter.Start()
        .Add(LayoutVersion).Add(fontSignature).Add(Title).Add(Event).Add(Dates).Add(Host).Add(Language).Add(Script).Add(RightToLeft)
        .Add(Colors.Background).Add(Colors.Glow).Add(Colors.Accent).Add(Colors.Title).Add(Colors.Event).Add(Colors.Details)
        .Finish()[..16].ToLowerInvariant();
}

/// <summary>A card's colours, from the theme's <c>params.colors</c>.</summary>
internal sealed record CardColors(string Background, string Glow, string Accent, string Title, string Event, string Details);
