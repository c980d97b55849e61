using StaticEvent.IO;
using StaticEvent.Output;

namespace StaticEvent.Tests.Engine;

/// <summary>Compares an incremental rebuild with a fresh full build of the same folder.</summary>
internal static class IncrementalAssert
{
    /// <summary>Same files with the same bytes, and the same diagnostics; returns the full build's result.</summary>
    public static BuildResult SameAsFullBuild(string folder, BuildSnapshot snapshot, string because)
    {
        var fresh = new MemoryOutputSink();
        var result = SiteBuilder.Build(new PhysicalFileSource(folder), fresh, new BuildOptions { SourceDirectory = folder });
        Assert.Equal(result.Diagnostics.Select(d => d.ToString()), snapshot.Result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(result.Succeeded, snapshot.Result.Succeeded);
        if (!result.Succeeded)
        {
            return result;
        }

        Assert.Equal(fresh.Files.Keys.Order(StringComparer.Ordinal), snapshot.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, bytes) in fresh.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(snapshot.Files[file]), $"{because}: {file} differs from a full build");
        }

        return result;
    }

    /// <summary>
    /// Dates the folders a change just wrote to half an hour back: their new write time differs
    /// from the one listed before and is old enough to be trusted, as when a build comes a while
    /// after the change (within seconds of it, folders are listed again whatever their time).
    /// </summary>
    public static void SettleChangedFolders(string folder)
    {
        var recent = DateTime.UtcNow.AddMinutes(-1);
        foreach (var directory in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Append(folder))
        {
            if (Directory.GetLastWriteTimeUtc(directory) > recent)
            {
                Directory.SetLastWriteTimeUtc(directory, DateTime.UtcNow.AddMinutes(-30));
            }
        }
    }

    /// <summary>Dates every file and folder of the folder an hour back, so their stamps are old enough to be trusted.</summary>
    public static void Age(string folder)
    {
        var past = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, past);
        }

        foreach (var directory in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Append(folder))
        {
            Directory.SetLastWriteTimeUtc(directory, past);
        }
    }
}
