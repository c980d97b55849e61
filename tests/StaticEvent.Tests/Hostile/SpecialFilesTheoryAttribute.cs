using System.Diagnostics;

namespace StaticEvent.Tests.Hostile;

/// <summary>
/// A <see cref="TheoryAttribute"/> for cases that plant symbolic links, named pipes or sparse
/// files: skipped where this process cannot create them (Windows without the symlink privilege,
/// or without mkfifo), so such cases neither fail nor lie there.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SpecialFilesTheoryAttribute : TheoryAttribute
{
    private static readonly Lazy<string?> Missing = new(Probe);

    public SpecialFilesTheoryAttribute()
    {
        if (Missing.Value is { } missing)
        {
            Skip = $"this platform or account cannot create {missing}";
        }
    }

    /// <summary>Creates a named pipe with mkfifo(1).</summary>
    public static void CreateFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new IOException($"mkfifo {path} failed with exit code {mkfifo.ExitCode}");
        }
    }

    private static string? Probe()
    {
        if (OperatingSystem.IsWindows())
        {
            return "named pipes with mkfifo or sparse files";
        }

        var folder = Path.Combine(Path.GetTempPath(), "staticevent-special-probe-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "target"), "x");
            File.CreateSymbolicLink(Path.Combine(folder, "link"), Path.Combine(folder, "target"));
            if (File.ReadAllText(Path.Combine(folder, "link")) != "x")
            {
                return "symbolic links";
            }

            CreateFifo(Path.Combine(folder, "pipe"));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException or System.ComponentModel.Win32Exception)
        {
            return $"symbolic links or named pipes ({ex.Message})";
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
