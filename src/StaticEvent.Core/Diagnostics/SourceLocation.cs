namespace StaticEvent.Diagnostics;

/// <summary>
/// A place in a site file: a site-relative path with <c>/</c> separators and a 1-based line and
/// column (0 when unknown). Converting from 0-based library positions happens where they are read.
/// </summary>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public override string ToString() => Line > 0 ? $"{Path}:{Line}:{Math.Max(Column, 1)}" : Path;
}
