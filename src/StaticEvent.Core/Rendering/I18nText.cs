namespace StaticEvent.Rendering;

/// <summary>An interface string as a language shows it; <see cref="From"/> names the language it was taken from when that is another one.</summary>
internal readonly record struct I18nText(string Text, string? From);
