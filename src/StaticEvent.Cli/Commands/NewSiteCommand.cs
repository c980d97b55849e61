using System.CommandLine;
using System.Globalization;
using System.Text;
using StaticEvent.Scaffolding;

namespace StaticEvent.Cli.Commands;

/// <summary>
/// <c>staticevent new site DIR</c>: a starter site that builds at once with the built-in theme.
/// Writes nothing when any of its files already exists, so it never overwrites a site.
/// </summary>
internal static class NewSiteCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "The folder of the new site (created if missing)" };
        var languages = new Option<string>("--languages") { Description = "The site's language codes, comma-separated, e.g. de,en,fa", DefaultValueFactory = _ => "en" };
        var defaultLanguage = new Option<string?>("--default") { Description = "The default language (default: the first of --languages)" };
        var zone = new Option<string>("--time-zone") { Description = "The event's IANA time zone, e.g. Europe/Berlin", DefaultValueFactory = _ => "UTC" };
        var title = new Option<string>("--title") { Description = "The event's name", Required = true };
        var start = new Option<string?>("--start") { Description = "The event's first day, YYYY-MM-DD (default: four weeks from today)" };
        var end = new Option<string?>("--end") { Description = "The event's last day, YYYY-MM-DD (default: the first day)" };

        var command = new Command("site", "Create a new site that builds at once with the built-in theme") { directory, languages, defaultLanguage, zone, title, start, end };
        command.SetAction(parsed =>
        {
            var codes = parsed.GetValue(languages)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var problems = new List<string>();
            var first = Date(parsed.GetValue(start), "--start", problems) ?? DateOnly.FromDateTime(DateTime.Today.AddDays(28));
            var last = Date(parsed.GetValue(end), "--end", problems) ?? first;
            var request = new SiteScaffold.Request(parsed.GetValue(title)!, codes, parsed.GetValue(defaultLanguage) ?? codes.FirstOrDefault() ?? "en",
                parsed.GetValue(zone)!, first, last, DateTimeOffset.Now);
            problems.AddRange(SiteScaffold.Check(request));
            if (problems.Count > 0)
            {
                problems.ForEach(p => Console.Error.WriteLine($"staticevent: {p}"));
                return ExitCodes.Usage;
            }

            var root = parsed.GetValue(directory)!.FullName;
            var files = SiteScaffold.Files(request);
            var existing = files.Keys.Where(p => File.Exists(Path.Combine(root, p))).ToList();
            if (existing.Count > 0)
            {
                Console.Error.WriteLine($"staticevent: {root} already holds {string.Join(", ", existing)}; nothing was written");
                Console.Error.WriteLine("  hint: choose an empty or new folder");
                return ExitCodes.SiteErrors;
            }

            try
            {
                foreach (var (path, text) in files)
                {
                    var target = Path.Combine(root, path);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                    stream.Write(new UTF8Encoding(false).GetBytes(text));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"staticevent: could not write the site in {root}: {ex.Message}");
                return ExitCodes.SiteErrors;
            }

            Console.Error.WriteLine($"Created a site with {files.Count} files in {root}. Next:");
            Console.Error.WriteLine($"  cd {parsed.GetValue(directory)} && staticevent serve --open");
            return ExitCodes.Success;
        });
        return command;
    }

    private static DateOnly? Date(string? text, string option, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{option} '{text}' is not a date; write YYYY-MM-DD, e.g. 2026-10-23");
        return null;
    }
}
