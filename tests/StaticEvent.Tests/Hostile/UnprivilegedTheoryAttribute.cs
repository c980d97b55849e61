namespace StaticEvent.Tests.Hostile;

/// <summary>
/// A theory that runs the CLI as the unprivileged user nobody (with setpriv), because root reads
/// files whatever their permissions say: it needs root, to hand the site to nobody, and setpriv.
/// Skipped with the reason otherwise; the in-process IFileSource tests cover the same errors.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class UnprivilegedTheoryAttribute : TheoryAttribute
{
    public UnprivilegedTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            Skip = "needs root on Linux, to run the build as nobody (root reads files whatever their permissions)";
        }
        else if (!File.Exists("/usr/bin/setpriv") && !File.Exists("/bin/setpriv"))
        {
            Skip = "needs setpriv (util-linux) to run the build as nobody";
        }
    }
}
