using System.Text;
using StaticEvent.IO;

namespace StaticEvent.Tests.Engine;

/// <summary>
/// The file source remembers the real folders a listing walked, so reads cost one lstat. These
/// tests check that what it remembers never lets a read leave the site.
/// </summary>
public sealed class PhysicalFileSourceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("se-source-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void AListedFolderReplacedByALinkOutOfTheSiteIsNotReadThroughAfterANewListing()
    {
        var site = Path.Combine(_root, "site");
        var outside = Path.Combine(_root, "outside");
        Write(Path.Combine(site, "content", "news", "a.md"), "inside");
        Write(Path.Combine(outside, "a.md"), "secret");
        var source = new PhysicalFileSource(site);

        Assert.Equal(["content/news/a.md"], source.ListFiles("content"));
        Assert.Equal("inside", Encoding.UTF8.GetString(source.ReadAllBytes("content/news/a.md")));

        Directory.Delete(Path.Combine(site, "content", "news"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site, "content", "news"), outside);

        Assert.Empty(source.ListFiles("content"));
        Assert.Equal("content/news", Assert.Single(source.ListRefused("content")).Path);
        Assert.False(source.FileExists("content/news/a.md"));
        Assert.Throws<FileNotFoundException>(() => source.ReadAllBytes("content/news/a.md"));
    }

    [Fact]
    public void AFileOfAListedFolderThatBecameALinkOutOfTheSiteIsRefused()
    {
        var site = Path.Combine(_root, "site");
        Write(Path.Combine(site, "content", "a.md"), "inside");
        Write(Path.Combine(_root, "secret.txt"), "secret");
        var source = new PhysicalFileSource(site);
        source.ListFiles("content");

        File.Delete(Path.Combine(site, "content", "a.md"));
        File.CreateSymbolicLink(Path.Combine(site, "content", "a.md"), Path.Combine(_root, "secret.txt"));

        Assert.False(source.FileExists("content/a.md"));
        Assert.Throws<FileNotFoundException>(() => source.Length("content/a.md"));
    }

    [Fact]
    public void FilesBehindALinkInsideTheSiteAreReadAndAnOversizedFileIsNot()
    {
        var site = Path.Combine(_root, "site");
        Write(Path.Combine(site, "shared", "b.md"), "0123456789");
        Directory.CreateDirectory(Path.Combine(site, "content"));
        Directory.CreateSymbolicLink(Path.Combine(site, "content", "linked"), Path.Combine(site, "shared"));
        var source = new PhysicalFileSource(site);

        Assert.Equal(["content/linked/b.md"], source.ListFiles("content"));
        Assert.Equal("0123456789", Encoding.UTF8.GetString(source.ReadAllBytes("content/linked/b.md")));
        Assert.Null(source.ReadAtMost("content/linked/b.md", 9, out var length));
        Assert.Equal(10, length);
        Assert.NotNull(source.ReadAtMost("content/linked/b.md", 10, out _));
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
