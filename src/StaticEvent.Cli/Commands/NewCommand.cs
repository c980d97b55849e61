using System.CommandLine;
using System.Globalization;
using System.Text;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Model;
using StaticEvent.Text;

namespace StaticEvent.Cli.Commands;

/// <summary><c>staticevent new article|page</c>: scaffolds a content file with front matter; never overwrites.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Create a new article or page from a template");

        // One subcommand per thing `new` creates; more (such as `new site`, in a file of its own) go here.
        command.Subcommands.Add(Content(isArticle: true));
        command.Subcommands.Add(Content(isArticle: false));
        return command;
    }

    /// <summary><c>new article</c> or <c>new page</c>: a Markdown file in a language of the site, read from its site.yml.</summary>
    private static Command Content(bool isArticle)
    {
        var language = new Option<string?>("--lang", "-l") { Description = "The language code, e.g. fr (default: the site's defaultLanguage)" };
        var title = new Option<string>("--title", "-t") { Description = "The page title", Required = true };
        var name = new Option<string?>("--name") { Description = "The file name shared by all translations (default: from the title)" };
        var source = CommonOptions.Source();
        var section = new Option<string>("--section") { Description = "The section of the article", DefaultValueFactory = _ => "news" };

        var command = isArticle
            ? new Command("article", "Create a draft article dated now, in the site's time zone") { language, title, section, name, source }
            : new Command("page", "Create a draft page") { language, title, name, source };
        command.SetAction(parsed =>
        {
            var site = parsed.GetValue(source)!.FullName;
            var diagnostics = new DiagnosticBag();
            var config = SiteConfigLoader.Load(new PhysicalFileSource(site), diagnostics);
            if (config is null)
            {
                foreach (var diagnostic in diagnostics.ToSortedList())
                {
                    Console.Error.WriteLine(diagnostic.ToString());
                }

                Console.Error.WriteLine("staticevent: nothing was written: the new file's language and date come from site.yml");
                return ExitCodes.SiteErrors;
            }

            var lang = parsed.GetValue(language) ?? config.DefaultLanguage;
            if (!config.HasLanguage(lang))
            {
                Console.Error.WriteLine($"staticevent: '{lang}' is not a language of this site; use one of: {string.Join(", ", config.Languages.Select(l => l.Code))}");
                return ExitCodes.Usage;
            }

            var pageTitle = parsed.GetValue(title)!;
            var fileName = parsed.GetValue(name) ?? UrlSegment.Slugify(pageTitle, lang);
            if (!UrlSegment.IsValid(fileName))
            {
                Console.Error.WriteLine($"staticevent: '{fileName}' cannot be used as a file name; pass --name with letters, digits and hyphens");
                return ExitCodes.Usage;
            }

            var folder = isArticle ? Path.Combine("content", parsed.GetValue(section)!) : "content";
            var relative = Path.Combine(folder, $"{fileName}.{lang}.md");
            var path = Path.Combine(site, relative);
            if (File.Exists(path))
            {
                Console.Error.WriteLine($"staticevent: {relative.Replace('\\', '/')} already exists; nothing was written");
                return ExitCodes.SiteErrors;
            }

            // The site's zone, not the machine's: a build reads the date in that zone too.
            var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, config.TimeZone);
            now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, FrontMatter(pageTitle, isArticle ? now : null), new UTF8Encoding(false));
            Console.Error.WriteLine($"Created {relative.Replace('\\', '/')} (a draft: set 'draft: false' to publish it)");
            if (isArticle && config.BuildDate is { } buildDate && buildDate < now)
            {
                Console.Error.WriteLine($"Note: site.yml's buildDate ({buildDate.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}) is before this article's date: "
                    + "builds will leave it out as future-dated until buildDate is later or removed.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string FrontMatter(string title, DateTimeOffset? date)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: \"").Append(title.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"\n");
        text.Append("description: \"\"\n");
        if (date is { } value)
        {
            text.Append("date: ").Append(value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("summary: \"\"\ntags: []\n");
        }

        text.Append("draft: true\n---\n\nWrite here.\n");
        return text.ToString();
    }
}
