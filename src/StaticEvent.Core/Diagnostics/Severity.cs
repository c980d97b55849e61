namespace StaticEvent.Diagnostics;

/// <summary>How bad a problem is: errors fail the build, warnings are reported.</summary>
public enum Severity
{
    Warning,
    Error,
}
