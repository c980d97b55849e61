using Scriban.Runtime;

namespace StaticEvent.Rendering;

/// <summary>Helpers for the objects templates see: they are shared by render threads, so they are sealed once built.</summary>
internal static class ScriptValues
{
    /// <summary>Marks a Scriban object or array read-only, so no template can change what another page will read.</summary>
    public static T ReadOnly<T>(T value)
        where T : IScriptObject
    {
        value.IsReadOnly = true;
        return value;
    }
}
