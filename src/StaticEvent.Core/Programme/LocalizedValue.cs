namespace StaticEvent.Programme;

/// <summary>
/// A text picked for one language: <see cref="Language"/> is the language it is written in, which
/// differs from the one asked for when <see cref="IsFallback"/> is true.
/// </summary>
internal readonly record struct LocalizedValue(string Text, string Language, bool IsFallback);
