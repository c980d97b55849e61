namespace StaticEvent.Locale;

/// <summary>CLDR's quotation marks of a locale: the outer pair, and the pair for a quote inside a quote.</summary>
internal sealed record QuotationMarks(string Open, string Close, string AlternateOpen, string AlternateClose);
