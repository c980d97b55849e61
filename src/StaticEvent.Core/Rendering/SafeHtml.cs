namespace StaticEvent.Rendering;

/// <summary>
/// HTML that is already safe to output as is: rendered Markdown, included partials, escaped text.
/// Templates write every other string escaped; only this type goes out raw.
/// </summary>
public sealed record SafeHtml(string Value)
{
    public static readonly SafeHtml Empty = new(string.Empty);

    public override string ToString() => Value;
}
