namespace StaticEvent.IO;

/// <summary>A file or folder a file source will not or cannot read, such as a link leading outside the site, and why.</summary>
/// <param name="Path">The site-relative path of the entry itself (the link, the folder), with <c>/</c> separators.</param>
/// <param name="Reason">What is wrong: completing "this symbolic link …", e.g. "leads outside the site folder"; for an unreadable folder, why it cannot be listed.</param>
/// <param name="Unreadable">True for a folder that exists but cannot be listed (permissions, removed during the listing), rather than a refused link.</param>
public sealed record RefusedEntry(string Path, string Reason, bool Unreadable = false);
