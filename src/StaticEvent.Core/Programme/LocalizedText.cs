namespace StaticEvent.Programme;

/// <summary>
/// Text in the site's languages (a title, a room name, a bio). A language without its own text
/// falls back to the default language, and <see cref="Resolve"/> says so, so pages can mark the
/// fallback with a "not translated" badge and the right <c>lang</c> attribute.
/// </summary>
internal sealed class LocalizedText
{
    private readonly IReadOnlyDictionary<string, string> _values;

    public LocalizedText(IReadOnlyDictionary<string, string> values, string defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("localized text needs at least one language", nameof(values));
        }

        _values = new Dictionary<string, string>(values, StringComparer.Ordinal);
        DefaultLanguage = defaultLanguage;
    }

    /// <summary>The language whose text stands in for a missing translation.</summary>
    public string DefaultLanguage { get; }

    /// <summary>The languages that have their own text.</summary>
    public IEnumerable<string> Languages => _values.Keys.Order(StringComparer.Ordinal);

    public bool Has(string language) => _values.ContainsKey(language);

    /// <summary>The text for <paramref name="language"/>, or the fallback (default language, then any).</summary>
    public string this[string language] => Resolve(language).Text;

    /// <summary>
    /// The text to show in <paramref name="language"/> and the language it is really written in.
    /// Example: a title given only in French, resolved for <c>en</c>, gives the French text with
    /// <c>Language = "fr"</c> and <c>IsFallback = true</c>.
    /// </summary>
    public LocalizedValue Resolve(string language)
    {
        if (_values.TryGetValue(language, out var text))
        {
            return new LocalizedValue(text, language, IsFallback: false);
        }

        if (_values.TryGetValue(DefaultLanguage, out var fallback))
        {
            return new LocalizedValue(fallback, DefaultLanguage, IsFallback: true);
        }

        // Ordinal first language: deterministic even when the default language is missing too.
        var first = _values.Keys.Order(StringComparer.Ordinal).First();
        return new LocalizedValue(_values[first], first, IsFallback: true);
    }

    public override string ToString() => Resolve(DefaultLanguage).Text;
}
