using System.CommandLine;

namespace StaticEvent.Cli.Commands;

/// <summary><c>staticevent build</c>: a full build into the output folder.</summary>
internal static class BuildCommand
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
        var noWait = new Option<bool>("--no-wait") { Description = "When another build of the same output folder is running, fail at once (SE508) instead of waiting for it" };
        var parallelism = new Option<int>("--parallelism") { Description = "Threads to use (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };

        var relative = new Option<bool>("--relative") { Description = "Write every internal link relative, ending in index.html, for a copy opened from a folder or USB stick (file://)" };
        var compress = new Option<bool>("--compress") { Description = "Write a precompressed .br and .gz beside every text file, for hosts that serve them" };

        var command = new Command("build", "Build the site into the output folder") { source, output, baseUrl, drafts, quiet, verbose, strict, timings, noWait, parallelism, relative, compress };
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
                Relative = parsed.GetValue(relative),
                Compress = parsed.GetValue(compress),
                WaitForOutput = !parsed.GetValue(noWait),
                OnWaitingForOutput = _ => Console.Error.WriteLine("Waiting for another build of this output folder to finish (--no-wait to fail instead)..."),
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
