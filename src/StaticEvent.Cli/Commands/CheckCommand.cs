using System.CommandLine;
using StaticEvent.Diagnostics;

namespace StaticEvent.Cli.Commands;

/// <summary><c>staticevent check</c>: everything build validates, writing nothing.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var source = CommonOptions.Source();
        var drafts = CommonOptions.Drafts();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var strict = new Option<bool>("--strict") { Description = "Fail on any warning, missing translations included" };

        var command = new Command("check", "Validate content, data, templates and translations without writing anything") { source, drafts, quiet, verbose, strict };
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
            var report = new ReportOptions
            {
                Action = "Check",
                Quiet = parsed.GetValue(quiet),
                Verbose = parsed.GetValue(verbose),
                WarningsFailUnder = parsed.GetValue(strict) ? "--strict" : null,
            };
            ConsoleReporter.Report(result, report);
            var missing = result.Diagnostics.Count(d => d.Code == DiagnosticCodes.MissingTranslation);
            var outdated = result.Diagnostics.Count(d => d.Code == DiagnosticCodes.OutdatedTranslation);
            if (!parsed.GetValue(quiet))
            {
                Console.Error.WriteLine($"Translations: {missing} page(s) missing a language, {outdated} translation(s) older than their source.");
            }

            return report.Fails(result) ? ExitCodes.SiteErrors : ExitCodes.Success;
        });
        return command;
    }
}
