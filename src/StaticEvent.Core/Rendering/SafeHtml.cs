namespace StaticEvent.Rendering;

/// <summary>
/// HTML that is already safe to output as is: rendered Markdown, included partials, escaped text.
/// Templates write every other string escaped; only this type goes out raw.
/// </summary>
/// <remarks>
/// A page's body (its <c>content</c>) knows whose body it is, and every way of reading its text
/// (writing it, converting it, comparing it) goes through <see cref="Value"/>, which tells
/// <see cref="BodyReads"/>. A render that never reads a listed page's body does not depend on it.
/// </remarks>
internal sealed class SafeHtml : IEquatable<SafeHtml>
{
    public static readonly SafeHtml Empty = new(string.Empty);

    private readonly string _value;
    private readonly string? _bodyOf;

    public SafeHtml(string value)
        : this(value, null)
    {
    }

    private SafeHtml(string value, string? bodyOf)
    {
        _value = value;
        _bodyOf = bodyOf;
    }

    /// <summary>The body of the page from <paramref name="sourcePath"/>: reads of it are recorded.</summary>
    public static SafeHtml BodyOf(string sourcePath, SafeHtml html) => new(html._value, sourcePath);

    public string Value
    {
        get
        {
            if (_bodyOf is not null)
            {
                BodyReads.Record(_bodyOf);
            }

            return _value;
        }
    }

    public override string ToString() => Value;

    public bool Equals(SafeHtml? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as SafeHtml);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}
