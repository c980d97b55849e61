namespace StaticEvent.Tests.Hostile;

/// <summary>
/// A <see cref="TheoryAttribute"/> skipped where this process cannot create symbolic links
/// (Windows without developer mode or the privilege), so symlink cases neither fail nor lie there.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SymlinkTheoryAttribute : TheoryAttribute
{
    private static readonly Lazy<bool> Supported = new(Probe);

    public SymlinkTheoryAttribute()
    {
        if (!Supported.Value)
        {
            Skip = "this platform or account cannot create symbolic links";
        }
    }

    private static bool Probe()
    {
        var folder = Path.Combine(Path.GetTempPath(), "staticevent-link-probe-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "target"), "x");
            File.CreateSymbolicLink(Path.Combine(folder, "link"), Path.Combine(folder, "target"));
            return File.ReadAllText(Path.Combine(folder, "link")) == "x";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
