using System.Diagnostics;

namespace StaticEvent.Tests.Hostile;

/// <summary>
/// A fact that needs to mount a small tmpfs (full and read-only disks, mount points): it runs as
/// root on Linux where mounting is allowed, and is skipped with the reason elsewhere — under
/// CI=true too, since a CI machine that forbids mounts cannot run it at all; where mounts are
/// allowed it always runs, so in CI its failure is a failure.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class MountFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Missing = new(Probe);

    public MountFactAttribute()
    {
        if (Missing.Value is { } missing)
        {
            Skip = missing;
        }
    }

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (e.g. "1m") on <paramref name="folder"/>, creating it.</summary>
    public static void Mount(string folder, string size)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", folder);
    }

    public static void Remount(string folder, string mode) => Run("mount", "-o", $"remount,{mode}", folder);

    public static void Unmount(string folder) => Run("umount", "-l", folder);

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, UseShellExecute = false })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new IOException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {error}");
        }
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "needs root on Linux to mount a small tmpfs (full and read-only disks, mount points)";
        }

        var folder = Path.Combine(Path.GetTempPath(), "staticevent-mount-probe-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Mount(folder, "64k");
            Unmount(folder);
            return null;
        }
        catch (Exception ex) when (ex is IOException or System.ComponentModel.Win32Exception)
        {
            return $"this machine does not allow mounting a tmpfs: {ex.Message.Trim()}";
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
