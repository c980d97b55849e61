namespace StaticEvent.Output;

/// <summary>Where a build writes its files, by path relative to the output root with <c>/</c> separators. Thread-safe.</summary>
public interface IOutputSink
{
    void Write(string path, ReadOnlySpan<byte> bytes);
}
