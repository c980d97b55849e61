using System.Diagnostics;

namespace StaticEvent.Tests.Hostile;

/// <summary>
/// A file or folder of the site that exists but cannot be read is an error naming it, wherever it
/// is (issue 13): an unreadable data/ once published the site without its programme, an
/// unreadable section was dropped without a word. The build runs as nobody, for whom permissions
/// count; the previous output stays, and the build after the fix leaves nothing behind.
/// </summary>
public sealed class UnreadableInputTests
{
    public static TheoryData<string, string> Unreadable => new()
    {
        { "content/news", "SE114" },
        { "content/about.fr.md", "SE112" },
        { "data", "SE114" },
        { "data/schedule.yml", "SE112" },
        { "static", "SE114" },
        { "static/style.css", "SE112" },
        { "themes/default/layouts", "SE114" },
        { "themes/default/layouts/page.sbn", "SE112" },
        { "themes/default/i18n", "SE114" },
        { "themes/default/i18n/fr.yml", "SE112" },
    };

    [UnprivilegedTheory]
    [MemberData(nameof(Unreadable))]
    public void AnUnreadableFileOrFolderIsAnErrorNamingIt(string path, string code)
    {
        // Given a site built once, handed to nobody, with one file or folder nobody may read
        using var site = new FaultSite();
        site.Write("data/schedule.yml", FaultTests.ScheduleYaml);
        Assert.True(site.Build().Succeeded);
        Chown(site.Area);
        var full = Path.Combine(site.Site, path);
        site.SetVersion(2);
        Chmod(full, UnixFileMode.None);

        // When it is built
        var (exit, stderr) = site.Cli(asNobody: true, "build");

        // Then the error names it, and the previous output stays
        Assert.Equal(1, exit);
        var errors = stderr.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count > 0 && errors.All(l => l.StartsWith($"{path}: error {code}:", StringComparison.Ordinal)), stderr);
        Assert.Equal(1, site.CompleteVersion());

        // and once it is readable again the next build succeeds, leaving nothing behind
        Chmod(full, Directory.Exists(full) ? (UnixFileMode)0x1ED : (UnixFileMode)0x1A4);
        var (fixedExit, fixedErr) = site.Cli(asNobody: true, "build");
        Assert.True(fixedExit == 0, fixedErr);
        Assert.Equal(2, site.CompleteVersion());
        site.AssertNoLeftovers();
    }

    private static void Chmod(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private static void Chown(string folder)
    {
        using var chown = Process.Start(new ProcessStartInfo("chown", ["-R", "nobody:nogroup", folder]) { UseShellExecute = false })!;
        chown.WaitForExit();
        Assert.Equal(0, chown.ExitCode);
    }
}
