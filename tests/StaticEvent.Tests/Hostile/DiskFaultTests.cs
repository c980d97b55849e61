namespace StaticEvent.Tests.Hostile;

/// <summary>
/// Disk faults on a real small tmpfs (issue 13): a full disk, a read-only output, and an output
/// that is a mount point (a container volume) and so cannot be swapped but is written in place.
/// </summary>
public sealed class DiskFaultTests
{
    [MountFact]
    public void AFullDiskIsSE509AndKeepsThePreviousOutput()
    {
        using var site = new FaultSite();
        var disk = Path.Combine(site.Area, "disk");
        MountFactAttribute.Mount(disk, "512k");
        try
        {
            // Given a site built once onto a small disk
            site.Output = Path.Combine(disk, "public");
            Assert.True(site.Build().Succeeded);

            // When the next build needs more room than there is
            site.SetVersion(2);
            File.WriteAllBytes(Path.Combine(site.Site, "static", "video.bin"), new byte[768 * 1024]);
            var result = site.Build();

            // Then it says so, naming the file and the disk, and the previous output stays whole
            var error = Assert.Single(result.Diagnostics, d => d.IsError);
            Assert.Equal("SE509", error.Code);
            Assert.StartsWith(site.Output + "/", error.Location.Path, StringComparison.Ordinal);
            Assert.Contains("no space left", error.Message, StringComparison.Ordinal);
            Assert.Equal(1, site.CompleteVersion());
            site.AssertNoLeftovers();

            // and once there is room again the next build succeeds and leaves nothing behind
            File.Delete(Path.Combine(site.Site, "static", "video.bin"));
            Assert.True(site.Build().Succeeded);
            Assert.Equal(2, site.CompleteVersion());
            site.AssertNoLeftovers();
        }
        finally
        {
            MountFactAttribute.Unmount(disk);
        }
    }

    [MountFact]
    public void AnOutputThatIsAMountPointIsWrittenInPlace()
    {
        using var site = new FaultSite();
        MountFactAttribute.Mount(site.Output, "4m");
        try
        {
            // Given an output that is a mount point, built once
            Assert.True(site.Build().Succeeded);
            Assert.Equal(1, site.CompleteVersion());

            // When a page goes away and another changes
            File.Delete(Path.Combine(site.Site, "content", "news", "first.fr.md"));
            site.SetVersion(2);
            var (exit, stderr) = site.Cli(asNobody: false, "build");

            // Then the output is the new site, the page gone with it, nothing left over
            Assert.True(exit == 0, stderr);
            Assert.Equal(2, site.CompleteVersion());
            Assert.False(Directory.Exists(Path.Combine(site.Output, "fr", "news", "first")));
            site.AssertNoLeftovers();
        }
        finally
        {
            MountFactAttribute.Unmount(site.Output);
        }
    }

    [MountFact]
    public void AReadOnlyOutputIsSE509WithoutAStackTrace()
    {
        using var site = new FaultSite();
        MountFactAttribute.Mount(site.Output, "4m");
        try
        {
            Assert.True(site.Build().Succeeded);
            MountFactAttribute.Remount(site.Output, "ro");
            site.SetVersion(2);

            var (exit, stderr) = site.Cli(asNobody: false, "build");

            Assert.Equal(1, exit);
            Assert.Contains("public: error SE509: the output cannot be written: the file system is read-only", stderr, StringComparison.Ordinal);
            Assert.Equal(1, site.CompleteVersion());

            MountFactAttribute.Remount(site.Output, "rw");
            Assert.True(site.Build().Succeeded);
            Assert.Equal(2, site.CompleteVersion());
            site.AssertNoLeftovers();
        }
        finally
        {
            MountFactAttribute.Unmount(site.Output);
        }
    }
}
