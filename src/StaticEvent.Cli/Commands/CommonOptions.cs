using System.CommandLine;
using System.Globalization;

namespace StaticEvent.Cli.Commands;

/// <summary>Options shared by the commands that read a site.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Source() => new("--source", "-s")
    {
        Description = "The site folder, holding site.yml (default: the current folder)",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public static Option<bool> Drafts() => new("--drafts") { Description = "Include drafts and future-dated pages" };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print only errors" };

    public static Option<bool> Verbose() => new("--verbose") { Description = "List each draft and future-dated page left out, with its file and date" };

    public static Option<bool> WarningsAsErrors() => new("--warnings-as-errors") { Description = "Fail when there are warnings (for CI)" };

    /// <summary>SOURCE_DATE_EPOCH (reproducible-builds.org) fixes the build date when set.</summary>
    public static DateTimeOffset? SourceDateEpoch() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
