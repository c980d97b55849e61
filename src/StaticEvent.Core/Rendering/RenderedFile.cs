namespace StaticEvent.Rendering;

/// <summary>A file produced by rendering: its path below the output folder and its text.</summary>
internal sealed record RenderedFile(string Path, string Text);
