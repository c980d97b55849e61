namespace StaticEvent.Model;

/// <summary>
/// A menu entry resolved for one language: a page of the site or an outside address. The
/// description is the entry's own (<c>description</c> in site.yml) or the page's.
/// </summary>
internal sealed record MenuEntry(string Name, string Url, Page? Page, string? SectionKey, string? Description = null);
