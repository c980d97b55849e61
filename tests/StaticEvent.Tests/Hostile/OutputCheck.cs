namespace StaticEvent.Tests.Hostile;

/// <summary>An assertion on one output file: it exists, or it contains a text (or the opposite).</summary>
public sealed record OutputCheck(bool Negated, string Path, string? Text)
{
    public override string ToString() => $"{(Negated ? "! " : string.Empty)}{(Text is null ? "exists" : "contains")} {Path}{(Text is null ? string.Empty : " " + Text)}";
}
