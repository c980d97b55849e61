namespace StaticEvent.Output;

/// <summary>A write of the output that the operating system refused, with the output path it was for.</summary>
internal sealed class OutputWriteException(string path, Exception inner) : IOException($"cannot write '{path}': {inner.Message}", inner)
{
    /// <summary>The file's path relative to the output folder, with <c>/</c> separators.</summary>
    public string OutputPath { get; } = path;
}
