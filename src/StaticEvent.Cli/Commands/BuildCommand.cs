using System.CommandLine;

namespace StaticEvent.Cli.Commands;

/// <summary><c>staticevent build</c>: a full build into the output folder.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var source = CommonOptions.Source();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "The output folder (default: public/ in the site folder)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Publish under this address instead of site.yml's baseUrl" };
        var drafts = CommonOptions.Drafts();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var strict = CommonOptions.WarningsAsErrors();
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of the build took" };
        var parallelism = new Option<int>("--parallelism") { Description = "Threads to use (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("build", "Build the site into the output folder") { source, output, baseUrl, drafts, quiet, verbose, strict, timings, parallelism };
        command.SetAction((parsed, cancellation) =>
        {
            var sourceDirectory = parsed.GetValue(source)!.FullName;
            var outputDirectory = parsed.GetValue(output)?.FullName ?? Path.Combine(sourceDirectory, "public");
            var options = new BuildOptions
            {
                SourceDirectory = sourceDirectory,
                OutputDirectory = outputDirectory,
                CacheDirectory = BuildOptions.CacheBeside(outputDirectory),
                BaseUrl = parsed.GetValue(baseUrl),
                IncludeDrafts = parsed.GetValue(drafts),
                WarningsAsErrors = parsed.GetValue(strict),
                MaxParallelism = Math.Max(1, parsed.GetValue(parallelism)),
                BuildDate = CommonOptions.SourceDateEpoch(),
            };
            BuildResult result;
            try
            {
                result = SiteBuilder.Build(options, cancellation);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("Build cancelled; the previous output was left as it was.");
                return Task.FromResult(ExitCodes.SiteErrors);
            }

            var report = new ReportOptions
            {
                Action = "Build",
                Quiet = parsed.GetValue(quiet),
                Verbose = parsed.GetValue(verbose),
                WarningsFailUnder = options.WarningsAsErrors ? "--warnings-as-errors" : null,
            };
            ConsoleReporter.Report(result, report);
            if (parsed.GetValue(timings))
            {
                ConsoleReporter.ReportStages(result);
            }

            return Task.FromResult(report.Fails(result) ? ExitCodes.SiteErrors : ExitCodes.Success);
        });
        return command;
    }
}
