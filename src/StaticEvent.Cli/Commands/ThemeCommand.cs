using System.CommandLine;
using StaticEvent.Themes;

namespace StaticEvent.Cli.Commands;

/// <summary>
/// <c>staticevent theme eject</c>: copies the built-in theme into the site's <c>themes/default/</c>,
/// for people who want to change everything. Files the site already has are kept, not replaced.
/// </summary>
internal static class ThemeCommand
{
    public static Command Create()
    {
        var source = CommonOptions.Source();
        var eject = new Command("eject", "Copy the built-in theme into themes/default/ of the site, keeping files already there") { source };
        eject.SetAction(parsed =>
        {
            var root = parsed.GetValue(source)!.FullName;
            if (!File.Exists(Path.Combine(root, "site.yml")))
            {
                Console.Error.WriteLine($"staticevent: {root} has no site.yml; run the command in the site folder, or pass --source DIR");
                return ExitCodes.SiteErrors;
            }

            int written = 0, kept = 0;
            try
            {
                foreach (var (path, bytes) in BuiltInTheme.Files)
                {
                    var target = Path.Combine(root, BuiltInTheme.Root, path);
                    if (File.Exists(target))
                    {
                        Console.Error.WriteLine($"kept {BuiltInTheme.Root}/{path} (the site's own)");
                        kept++;
                        continue;
                    }

                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllBytes(target, bytes);
                    written++;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"staticevent: could not copy the theme into {root}: {ex.Message}");
                return ExitCodes.SiteErrors;
            }

            var keptNote = kept > 0 ? $"; kept {kept} the site already had" : string.Empty;
            Console.Error.WriteLine($"Copied {written} files of the built-in theme into {BuiltInTheme.Root}/{keptNote}.");
            Console.Error.WriteLine("The site now uses these files; a newer tool's theme no longer reaches it.");
            return ExitCodes.Success;
        });

        return new Command("theme", "Work with the site's theme") { eject };
    }
}
