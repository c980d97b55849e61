namespace StaticEvent.Model;

/// <summary>A menu entry resolved for one language: a page of the site or an outside address.</summary>
public sealed record MenuEntry(string Name, string Url, Page? Page, string? SectionKey);
