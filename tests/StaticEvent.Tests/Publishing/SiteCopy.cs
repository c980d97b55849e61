using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Publishing;

/// <summary>
/// The repository's default site copied into a temporary folder, so that a test can add to its
/// site.yml, change or delete an article and build it again; deleted on dispose.
/// </summary>
public sealed class SiteCopy : IDisposable
{
    private static readonly string[] Parts = ["site.yml", "content", "data", "static", "i18n", "themes"];

    public SiteCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "staticevent-publish-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var part in Parts)
        {
            var from = Path.Combine(Prerequisites.RepositoryRoot, part);
            if (File.Exists(from))
            {
                File.Copy(from, EnsureFolder(Path.Combine(Root, part)));
            }
            else if (Directory.Exists(from))
            {
                foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
                {
                    File.Copy(file, EnsureFolder(Path.Combine(Root, Path.GetRelativePath(Prerequisites.RepositoryRoot, file))));
                }
            }
        }
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "public");

    /// <summary>Appends YAML to site.yml (new top-level keys such as deploy: or hosting:).</summary>
    public void AppendToSiteYml(string yaml) => File.AppendAllText(Path.Combine(Root, "site.yml"), "\n" + yaml.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");

    /// <summary>A file of the copy, by its site-relative path.</summary>
    public string FileOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Builds the copy in-process into <see cref="Output"/>; fails the test on any error.</summary>
    public void Build(bool relative = false, bool compress = false)
    {
        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = Root, OutputDirectory = Output, Relative = relative, Compress = compress });
        Assert.True(result.Succeeded, "The build of the site copy failed:\n" + string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
    }

    private static string EnsureFolder(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing the run for.
        }
    }
}
