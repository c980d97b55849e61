using StaticEvent.Text;

namespace StaticEvent.Model;

/// <summary>
/// When two tags of one language are the same tag. Case does not count (as in Hugo), nor do Latin
/// accents ("Sécurité", "securite" and "SECURITE" are one tag), nor the spaces, dashes,
/// underscores or quotes between words ("open data", "open-data"); German ü and ue are one
/// letter. Anything else does: "C++" and "C#" are two tags, and since both would get the URL
/// <c>…/c/</c> the assembler reports them instead of merging them.
/// </summary>
internal static class TagIdentity
{
    /// <summary>The key under which tags merge. Example: <c>Of("Open Data", "fr") == Of("open-data", "fr")</c>.</summary>
    public static string Of(string tag, string? language)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return SlugWriter.Write(tag, language, keepSymbols: true);
    }
}
