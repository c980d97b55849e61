using System.CommandLine;
using System.Globalization;
using System.Text;
using StaticEvent.Model;

namespace StaticEvent.Cli.Commands;

/// <summary><c>staticevent new article|page</c>: scaffolds a content file with front matter; never overwrites.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "article or page" };
        kind.AcceptOnlyFromAmong("article", "page");
        var language = new Option<string>("--lang", "-l") { Description = "The language code, e.g. fr", Required = true };
        var title = new Option<string>("--title", "-t") { Description = "The page title", Required = true };
        var section = new Option<string>("--section") { Description = "The section of an article", DefaultValueFactory = _ => "news" };
        var name = new Option<string?>("--name") { Description = "The file name shared by all translations (default: from the title)" };
        var source = CommonOptions.Source();

        var command = new Command("new", "Create a new article or page from a template") { kind, language, title, section, name, source };
        command.SetAction(parsed =>
        {
            var isArticle = parsed.GetValue(kind) == "article";
            var lang = parsed.GetValue(language)!;
            var pageTitle = parsed.GetValue(title)!;
            var fileName = parsed.GetValue(name) ?? UrlSegment.Slugify(pageTitle, lang);
            if (!UrlSegment.IsValid(fileName) || !UrlSegment.IsValid(lang))
            {
                Console.Error.WriteLine($"staticevent: '{fileName}' cannot be used as a file name; pass --name with letters, digits and hyphens");
                return ExitCodes.Usage;
            }

            var folder = isArticle ? Path.Combine("content", parsed.GetValue(section)!) : "content";
            var relative = Path.Combine(folder, $"{fileName}.{lang}.md");
            var path = Path.Combine(parsed.GetValue(source)!.FullName, relative);
            if (File.Exists(path))
            {
                Console.Error.WriteLine($"staticevent: {relative.Replace('\\', '/')} already exists; nothing was written");
                return ExitCodes.SiteErrors;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, FrontMatter(pageTitle, isArticle), new UTF8Encoding(false));
            Console.Error.WriteLine($"Created {relative.Replace('\\', '/')}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string FrontMatter(string title, bool isArticle)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: \"").Append(title.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"\n");
        text.Append("description: \"\"\n");
        if (isArticle)
        {
            text.Append("date: ").Append(DateTimeOffset.Now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("summary: \"\"\ntags: []\n");
        }

        text.Append("draft: true\n---\n\nWrite here.\n");
        return text.ToString();
    }
}
