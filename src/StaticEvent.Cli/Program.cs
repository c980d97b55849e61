using System.CommandLine;
using StaticEvent.Cli;
using StaticEvent.Cli.Commands;

// Exit codes (SPEC §2): 0 success, 1 the site has errors (or StaticEvent failed: SE999), 2 wrong usage.
var root = new RootCommand("StaticEvent builds multilingual event microsites from Markdown, YAML and Scriban templates.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
var newCommand = NewCommand.Create();
newCommand.Subcommands.Add(NewSiteCommand.Create());
root.Subcommands.Add(newCommand);
root.Subcommands.Add(DeployCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ThemeCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"staticevent: {error.Message}");
    }

    Console.Error.WriteLine("Run 'staticevent --help' for usage.");
    return ExitCodes.Usage;
}

// No exception reaches the console as a stack trace: the last-resort handler prints SE999.
return await LastResort.Run(() => parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));
