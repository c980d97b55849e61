using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Output;

namespace StaticEvent.Tests.Hostile;

/// <summary>
/// Faults of the environment rather than the input (issue 13): kills at each step of the output
/// swap, two builds of one folder, files that vanish while the site is built, and output folders
/// that must be refused. Each checks the exact diagnostic, a complete output and no leftovers.
/// Disk faults (full, read-only, mount point) are in DiskFaultTests, unreadable input in
/// UnreadableInputTests.
/// </summary>
public sealed class FaultTests
{
    /// <summary>Thrown by the swap's fault point: nothing after it runs, as after a kill.</summary>
    private sealed class SimulatedKill : Exception
    {
        public SimulatedKill(string step)
            : base($"killed at '{step}'")
        {
        }
    }

    public static TheoryData<string, bool> SwapSteps => new()
    {
        { "staged", true }, { "marked", true }, { "exchanged", true }, { "unmarked", true }, { "done", true },
        { "staged", false }, { "marked", false }, { "old-moved", false }, { "new-moved", false }, { "unmarked", false }, { "done", false },
    };

    [Theory]
    [MemberData(nameof(SwapSteps))]
    public void AKillAtAnyStepOfTheSwapLeavesACompleteOutputOrOneTheNextBuildRestores(string step, bool exchange)
    {
        // Given a site built once
        using var site = new FaultSite();
        Assert.True(site.Build().Succeeded);
        site.SetVersion(2);

        // When the next build is killed at this step of its swap
        SwapHooks.NoExchange = !exchange;
        SwapHooks.Step = s =>
        {
            if (s == step)
            {
                throw new SimulatedKill(s);
            }
        };
        try
        {
            Assert.Throws<SimulatedKill>(() => site.Build());
        }
        finally
        {
            SwapHooks.Step = null;
        }

        // Then the output is the complete old or new site; only between the two renames of the
        // fallback is it missing, with both complete folders kept for the next build
        if (exchange || step != "old-moved")
        {
            Assert.Contains(site.CompleteVersion(), new[] { 1, 2 });
        }
        else
        {
            Assert.False(Directory.Exists(site.Output));
        }

        // and a next build that fails restores it first and removes every leftover
        site.Write("content/broken.fr.md", "---\ntitle: [unclosed\n---\n");
        var failed = site.Build();
        FaultSite.AssertErrors(failed, "SE101 content/broken.fr.md");
        Assert.Contains(site.CompleteVersion(), new[] { 1, 2 });
        site.AssertNoLeftovers();

        // and the build after it publishes the new site
        File.Delete(Path.Combine(site.Site, "content", "broken.fr.md"));
        site.SetVersion(3);
        Assert.True(site.Build().Succeeded);
        Assert.Equal(3, site.CompleteVersion());
        site.AssertNoLeftovers();
        SwapHooks.NoExchange = false;
    }

    [Fact]
    public async Task ASecondBuildWaitsForTheOneHoldingTheOutputWithAMessage()
    {
        using var site = new FaultSite();
        Assert.True(site.Build().Succeeded);
        site.SetVersion(2);
        var lockFile = Path.Combine(site.Site, OutputLocation.WorkFolderName, "public.lock");

        // Given another build holding the output
        var held = OutputLock.Acquire(lockFile, wait: false, null, default)!;
        Assert.NotNull(held);
        using var waiting = new ManualResetEventSlim();

        // When a second build starts, it waits and says so
        var second = Task.Run(() => SiteBuilder.Build(site.Options(onWaiting: _ => waiting.Set())));
        Assert.True(waiting.Wait(TimeSpan.FromSeconds(30)), "the second build did not say it was waiting");
        Assert.False(second.IsCompleted);
        Assert.Equal(1, site.CompleteVersion());

        // Then it builds once the first is done
        held.Dispose();
        var result = await second.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(result.Succeeded);
        Assert.Equal(2, site.CompleteVersion());
        site.AssertNoLeftovers();
    }

    [Fact]
    public void WithNoWaitASecondBuildFailsAtOnceWithSE508()
    {
        using var site = new FaultSite();
        Assert.True(site.Build().Succeeded);
        site.SetVersion(2);
        using (OutputLock.Acquire(Path.Combine(site.Site, OutputLocation.WorkFolderName, "public.lock"), wait: false, null, default))
        {
            // In process
            var result = SiteBuilder.Build(site.Options(wait: false));
            FaultSite.AssertErrors(result, "SE508 public");

            // and from the command line, in another process
            var (exit, stderr) = site.Cli(asNobody: false, "build", "--no-wait");
            Assert.Equal(1, exit);
            Assert.Contains("public: error SE508:", stderr, StringComparison.Ordinal);
        }

        Assert.Equal(1, site.CompleteVersion());
        site.AssertNoLeftovers();
    }

    public static TheoryData<string> InputFolders => new() { "content/out", "data/out", "static/out", "themes/out", "layouts/out", "i18n/out" };

    [Theory]
    [MemberData(nameof(InputFolders))]
    public void AnOutputInsideAFolderTheBuildReadsIsRefusedWithSE507(string output)
    {
        using var site = new FaultSite();
        site.Output = Path.Combine(site.Site, output);

        var result = site.Build();

        FaultSite.AssertErrors(result, $"SE507 {output}");
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void AnOutputEqualToTheSiteFolderIsRefused()
    {
        using var site = new FaultSite();
        site.Output = site.Site;

        FaultSite.AssertErrors(site.Build(), "SE504 .");
    }

    [Fact]
    public void AnOutputThatIsAFileOrADanglingLinkIsSE506FromTheCommandLineWithoutAStackTrace()
    {
        using var site = new FaultSite();
        File.WriteAllText(Path.Combine(site.Site, "file.txt"), "not a folder\n");
        File.CreateSymbolicLink(Path.Combine(site.Site, "gone"), Path.Combine(site.Area, "nowhere"));

        var (fileExit, fileErr) = site.Cli(asNobody: false, "build", "--output", "file.txt");
        var (linkExit, linkErr) = site.Cli(asNobody: false, "build", "--output", "gone");

        Assert.Equal(1, fileExit);
        Assert.Contains("file.txt: error SE506: the output names a file", fileErr, StringComparison.Ordinal);
        Assert.Equal("not a folder\n", File.ReadAllText(Path.Combine(site.Site, "file.txt")));
        Assert.Equal(1, linkExit);
        Assert.Contains("gone: error SE506: the output is a symbolic link that leads to nothing", linkErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Area, "nowhere")));
    }

    [Fact]
    public void AnOutputUnderAFileIsSE506()
    {
        using var site = new FaultSite();
        File.WriteAllText(Path.Combine(site.Site, "file.txt"), "x\n");
        site.Output = Path.Combine(site.Site, "file.txt", "public");

        FaultSite.AssertErrors(site.Build(), "SE506 file.txt/public");
    }

    /// <summary>Lists and stats from disk, but a file read here has vanished since it was listed.</summary>
    private sealed class VanishingSource(PhysicalFileSource inner, string vanished) : IFileSource
    {
        public IReadOnlyList<string> ListFiles(string directory) => inner.ListFiles(directory);

        public (IReadOnlyList<string> Files, IReadOnlyList<RefusedEntry> Refused) List(string directory) => inner.List(directory);

        public IReadOnlyList<RefusedEntry> ListRefused(string directory) => inner.ListRefused(directory);

        public bool FileExists(string path) => inner.FileExists(path);

        public long Length(string path) => inner.Length(path);

        public byte[] ReadAllBytes(string path) =>
            path == vanished ? throw new FileNotFoundException($"Could not find file '{path}'.") : inner.ReadAllBytes(path);

        public byte[]? ReadAtMost(string path, long maxBytes, out long length)
        {
            length = inner.Length(path);
            return ReadAllBytes(path);
        }
    }

    public static TheoryData<string> VanishingFiles => new()
    {
        "static/style.css", "data/schedule.yml", "content/about.fr.md", "themes/default/layouts/page.sbn", "themes/default/i18n/fr.yml", "site.yml",
    };

    [Theory]
    [MemberData(nameof(VanishingFiles))]
    public void AFileThatVanishesDuringTheBuildIsSE112AndThePreviousOutputStays(string path)
    {
        using var site = new FaultSite();
        site.Write("data/schedule.yml", ScheduleYaml);
        Assert.True(site.Build().Succeeded);
        site.SetVersion(2);

        var result = SiteBuilder.Build(new VanishingSource(new PhysicalFileSource(site.Site), path), site.Options());

        Assert.Contains(result.Diagnostics, d => d is { IsError: true, Code: DiagnosticCodes.FileUnreadable } && d.Location.Path == path);
        Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.Equal(DiagnosticCodes.FileUnreadable, d.Code));
        Assert.Equal(1, site.CompleteVersion());
        site.AssertNoLeftovers();
    }

    [Fact]
    public void ADanglingScheduleLinkIsAnErrorNotAWarning()
    {
        using var site = new FaultSite();
        site.Write("data/speakers.yml", "speakers: []\n");
        File.CreateSymbolicLink(Path.Combine(site.Site, "data", "schedule.yml"), Path.Combine(site.Site, "data", "gone.yml"));

        var result = site.Build();

        FaultSite.AssertErrors(result, "SE113 data/schedule.yml");
        Assert.False(Directory.Exists(site.Output));
    }

    internal const string ScheduleYaml = """
        event:
          start: 2025-11-24
          end: 2025-11-24
        rooms:
          - id: hall
            name: { fr: Salle, ar: القاعة }
        sessions:
          - id: opening
            day: 2025-11-24
            title: { fr: Ouverture, ar: الافتتاح }
        """;
}
