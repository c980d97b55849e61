using StaticEvent.Programme;
using StaticEvent.Text;

namespace StaticEvent.Rendering.Markup;

/// <summary>Typography for texts that do not go through Markdown (schedule titles, names, roles).</summary>
internal static class TypographyExtensions
{
    /// <summary>The text with the typography of the language it is written in.</summary>
    public static LocalizedValue Typeset(this LocalizedValue value) =>
        value with { Text = Typography.Fix(value.Text, french: MarkdownPipelines.Primary(value.Language) == "fr") };

    /// <summary>The text for <paramref name="language"/> (or its fallback), typeset.</summary>
    public static LocalizedValue ResolveTypeset(this LocalizedText text, string language) => text.Resolve(language).Typeset();
}
