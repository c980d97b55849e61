using System.CommandLine;
using StaticEvent.Diagnostics;

namespace StaticEvent.Cli.Commands;

/// <summary><c>staticevent check</c>: everything build validates, writing nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var source = CommonOptions.Source();
        var drafts = CommonOptions.Drafts();
        var quiet = CommonOptions.Quiet();
        var strict = new Option<bool>("--strict") { Description = "Fail on any warning, missing translations included" };

        var command = new Command("check", "Validate content, data, templates and translations without writing anything") { source, drafts, quiet, strict };
        command.SetAction(parsed =>
        {
            var options = new BuildOptions
            {
                SourceDirectory = parsed.GetValue(source)!.FullName,
                OutputDirectory = null,
                IncludeDrafts = parsed.GetValue(drafts),
                BuildDate = CommonOptions.SourceDateEpoch(),
            };
            var result = SiteBuilder.Build(options);
            ConsoleReporter.Report(result, "Check", parsed.GetValue(quiet));
            var missing = result.Diagnostics.Count(d => d.Code == DiagnosticCodes.MissingTranslation);
            var outdated = result.Diagnostics.Count(d => d.Code == DiagnosticCodes.OutdatedTranslation);
            if (!parsed.GetValue(quiet))
            {
                Console.Error.WriteLine($"Translations: {missing} page(s) missing a language, {outdated} translation(s) older than their source.");
            }

            var strictFailure = parsed.GetValue(strict) && result.WarningCount > 0;
            return result.Succeeded && !strictFailure ? ExitCodes.Success : ExitCodes.SiteErrors;
        });
        return command;
    }
}
