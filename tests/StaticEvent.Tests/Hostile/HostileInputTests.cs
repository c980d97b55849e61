using System.Text;
using StaticEvent.Diagnostics;
using StaticEvent.Output;
using Xunit.Abstractions;

namespace StaticEvent.Tests.Hostile;

/// <summary>
/// The hostile-input suite (research/reliability.md §4): one case file per bad input in
/// Hostile/Cases/. Each case is built on disk, over a previous output, and must give exactly the
/// expected errors at exactly their places — within a time limit, without an exception — while
/// leaving the previous output intact when it fails (or replacing it when it succeeds) and changing
/// nothing outside the output folder. The case format is in Hostile/README.md.
/// </summary>
/// <remarks>
/// Errors are always compared exactly. Warnings are compared exactly only when a case lists at
/// least one (most cases add a page in one language, and "missing translation" warnings would only
/// be noise); a case without expected errors must succeed.
/// </remarks>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    /// <summary>Text in the sentinel page beside the site; it must never reach the output.</summary>
    public const string Secret = "TOP-SECRET";

    private const string PreviousOutputSentinel = "previous-build.html";

    private static readonly TimeSpan BuildTimeLimit = TimeSpan.FromSeconds(60);

    private static string CasesFolder => Path.Combine(AppContext.BaseDirectory, "Hostile", "Cases");

    public static TheoryData<string> Cases => Load(specialFiles: false);

    public static TheoryData<string> SpecialFileCases => Load(specialFiles: true);

    [Theory]
    [MemberData(nameof(Cases))]
    public void HostileInputIsReportedExactlyAndTouchesNothingElse(string name) => Run(name);

    [SpecialFilesTheory]
    [MemberData(nameof(SpecialFileCases))]
    public void HostileLinksPipesAndSparseFilesAreReportedExactlyAndTouchNothingElse(string name) => Run(name);

    [Fact]
    public void TheSuiteCoversAtLeastFortyNumberedCases()
    {
        var names = Directory.EnumerateFiles(CasesFolder, "*.txt").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.True(names.Count >= 40, $"only {names.Count} cases");
        Assert.All(names, n => Assert.Matches(@"^\d{3}-[a-z0-9-]+$", n!));
        Assert.Equal(names.Count, names.Select(n => n![..3]).Distinct(StringComparer.Ordinal).Count());
    }

    private static TheoryData<string> Load(bool specialFiles)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CasesFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            if (HostileCase.Load(file).NeedsSpecialFiles == specialFiles)
            {
                data.Add(Path.GetFileNameWithoutExtension(file));
            }
        }

        return data;
    }

    private void Run(string name)
    {
        var hostile = HostileCase.Load(Path.Combine(CasesFolder, name + ".txt"));
        var area = Path.Combine(Path.GetTempPath(), "staticevent-hostile-" + Guid.NewGuid().ToString("N")[..12]);
        var site = Path.Combine(area, "site");
        var publicFolder = Path.Combine(site, "public");
        var workFolder = Path.Combine(site, OutputLocation.WorkFolderName);
        try
        {
            // Given the site, a previous output, and files beside the site that must stay out of reach
            WriteSentinels(area);
            WriteSite(hostile, site);
            WritePreviousOutput(publicFolder);
            var outsideBefore = TreeSnapshot.Take(area, publicFolder, workFolder);
            var outputBefore = TreeSnapshot.Take(publicFolder);

            // When it is built
            var result = BuildWithinTimeLimit(new BuildOptions { SourceDirectory = site, OutputDirectory = publicFolder, MaxParallelism = 2 });

            // Then the diagnostics are exactly the expected ones
            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }

            AssertSame("errors", hostile.Errors, result.Diagnostics.Where(d => d.IsError), result);
            if (hostile.Warnings.Count > 0)
            {
                AssertSame("warnings", hostile.Warnings, result.Diagnostics.Where(d => !d.IsError), result);
            }

            // and the output was replaced only by a successful build
            if (hostile.MustSucceed)
            {
                Assert.True(result.Succeeded);
                AssertReplaced(publicFolder, hostile);
            }
            else
            {
                Assert.False(result.Succeeded);
                Assert.Empty(TreeSnapshot.Take(publicFolder).Differences(outputBefore));
            }

            // and nothing outside the output changed, no staging folder is left behind (only the lock beside the output)
            Assert.Empty(TreeSnapshot.Take(area, publicFolder, workFolder).Differences(outsideBefore));
            Assert.Equal(["public.lock"], Directory.EnumerateFileSystemEntries(workFolder).Select(Path.GetFileName));
        }
        finally
        {
            if (Directory.Exists(area))
            {
                Directory.Delete(area, recursive: true);
            }
        }
    }

    private static BuildResult BuildWithinTimeLimit(BuildOptions options)
    {
        var build = Task.Run(() => SiteBuilder.Build(options));
        try
        {
            Assert.True(build.Wait(BuildTimeLimit), $"the build did not finish within {BuildTimeLimit.TotalSeconds} s: a hang");
        }
        catch (AggregateException ex)
        {
            throw new Xunit.Sdk.XunitException($"the build threw instead of reporting a diagnostic:\n{ex.InnerException}");
        }

        return build.Result;
    }

    // An expected line may end with " ~ text": the message or the hint must then contain the text.
    private static void AssertSame(string what, IEnumerable<string> expected, IEnumerable<Diagnostic> actual, BuildResult result)
    {
        var wanted = expected.Order(StringComparer.Ordinal).ToList();
        var remaining = actual.ToList();
        var missing = new List<string>();
        foreach (var line in wanted.OrderBy(l => l.Contains(" ~ ", StringComparison.Ordinal) ? 0 : 1))
        {
            var cut = line.IndexOf(" ~ ", StringComparison.Ordinal);
            var (key, fragment) = cut < 0 ? (line, null) : (line[..cut], line[(cut + 3)..]);
            var match = remaining.FindIndex(d => Format(d) == key && (fragment is null || d.ToString().Contains(fragment, StringComparison.Ordinal)));
            if (match < 0)
            {
                missing.Add(line);
            }
            else
            {
                remaining.RemoveAt(match);
            }
        }

        if (missing.Count > 0 || remaining.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"{what} differ.\nexpected:\n  {string.Join("\n  ", wanted)}\nactual:\n  {string.Join("\n  ", actual.Select(Format).Order(StringComparer.Ordinal))}\n" +
                $"missing: {string.Join("; ", missing)}\nunexpected: {string.Join("; ", remaining.Select(Format))}\nall diagnostics:\n{string.Join("\n", result.Diagnostics)}");
        }
    }

    private static string Format(Diagnostic d) => $"{d.Code} {d.Location.Path}:{d.Location.Line}:{d.Location.Column}";

    private static void AssertReplaced(string publicFolder, HostileCase hostile)
    {
        Assert.True(File.Exists(Path.Combine(publicFolder, StagedOutput.MarkerFile)), "the new output has no marker file");
        Assert.False(File.Exists(Path.Combine(publicFolder, PreviousOutputSentinel)), "the previous output was not replaced");
        Assert.True(File.Exists(Path.Combine(publicFolder, "index.html")), "the new output has no index.html");
        foreach (var file in Directory.EnumerateFiles(publicFolder, "*", SearchOption.AllDirectories))
        {
            Assert.False(File.ReadAllText(file).Contains(Secret, StringComparison.Ordinal), $"{file} holds text from outside the site");
        }

        foreach (var check in hostile.OutputChecks)
        {
            var file = Path.Combine(publicFolder, check.Path);
            var holds = File.Exists(file) && (check.Text is null || File.ReadAllText(file, Encoding.UTF8).Contains(check.Text, StringComparison.Ordinal));
            Assert.True(holds != check.Negated, $"failed: {check}");
        }
    }

    private static void WriteSentinels(string area)
    {
        Directory.CreateDirectory(Path.Combine(area, "outside"));
        File.WriteAllText(Path.Combine(area, "outside.md"), $"---\ntitle: {Secret} beside the site\n---\n{Secret}\n");
        File.WriteAllText(Path.Combine(area, "outside", "secret.md"), $"---\ntitle: {Secret} in a folder beside the site\n---\n{Secret}\n");
    }

    private static void WriteSite(HostileCase hostile, string site)
    {
        foreach (var (path, bytes) in hostile.Files)
        {
            var full = Path.Combine(site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        foreach (var fifo in hostile.Fifos)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site, fifo))!);
            SpecialFilesTheoryAttribute.CreateFifo(Path.Combine(site, fifo));
        }

        foreach (var (path, size) in hostile.SparseFiles)
        {
            var full = Path.Combine(site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = new FileStream(full, FileMode.Create, FileAccess.Write);
            stream.SetLength(size);
        }

        // Targets are relative to the site folder and may leave it (../outside.md is the sentinel).
        foreach (var (link, target) in hostile.Symlinks)
        {
            var full = Path.Combine(site, link);
            var resolved = Path.GetFullPath(Path.Combine(site, target));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (Directory.Exists(resolved))
            {
                Directory.CreateSymbolicLink(full, resolved);
            }
            else
            {
                File.CreateSymbolicLink(full, resolved);
            }
        }
    }

    private static void WritePreviousOutput(string publicFolder)
    {
        Directory.CreateDirectory(publicFolder);
        File.WriteAllText(Path.Combine(publicFolder, StagedOutput.MarkerFile), "Written by StaticEvent; this folder is replaced on every build.\n");
        File.WriteAllText(Path.Combine(publicFolder, PreviousOutputSentinel), "<p>the last good build</p>\n");
    }
}
