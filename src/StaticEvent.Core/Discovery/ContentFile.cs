namespace StaticEvent.Discovery;

/// <summary>
/// A Markdown file found under <c>content/</c>, with what its path says: its section, its name
/// (shared by its translations), its language, and whether it is an index or a bundle.
/// </summary>
internal sealed record ContentFile(string SourcePath, string Section, string Name, string Language, bool IsBundle)
{
    /// <summary><c>_index</c> files describe a home or a section rather than a page of their own.</summary>
    public bool IsIndex => Name == "_index";

    /// <summary>Files with the same key are translations of each other (unless front matter says otherwise).</summary>
    public string TranslationKey => Section.Length == 0 ? Name : $"{Section}/{Name}";

    /// <summary>The folder of the file, site-relative.</summary>
    public string Directory => SourcePath[..SourcePath.LastIndexOf('/')];
}
