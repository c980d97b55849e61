namespace StaticEvent.IO;

/// <summary>A file or folder a file source will not read, such as a link leading outside the site, and why.</summary>
/// <param name="Path">The site-relative path of the entry itself (the link), with <c>/</c> separators.</param>
/// <param name="Reason">What is wrong, completing "this symbolic link …", e.g. "leads outside the site folder".</param>
public sealed record RefusedEntry(string Path, string Reason);
