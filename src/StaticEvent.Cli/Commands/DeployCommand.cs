using System.CommandLine;
using System.Globalization;
using Amazon.Runtime;
using StaticEvent.Cli.Publishing;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Publishing;

namespace StaticEvent.Cli.Commands;

/// <summary>
/// <c>staticevent deploy [TARGET] [--dry-run] [--max-deletes N]</c>: publishes the built output
/// folder to an S3-compatible bucket named in site.yml's <c>deploy:</c>, uploading only what changed.
/// </summary>
internal static class DeployCommand
{
    public const int DefaultMaxDeletes = 256;

    public static Command Create()
    {
        var target = new Argument<string?>("target") { Description = "The name of a target in site.yml's deploy: (default: the first)", Arity = ArgumentArity.ZeroOrOne };
        var source = CommonOptions.Source();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "The built folder to deploy (default: public/ in the site folder)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be uploaded and deleted, and change nothing" };
        var maxDeletes = new Option<int>("--max-deletes") { Description = $"Refuse a deploy that would delete more objects than this (default: {DefaultMaxDeletes})", DefaultValueFactory = _ => DefaultMaxDeletes };
        var quiet = CommonOptions.Quiet();
        var command = new Command("deploy", "Upload the built site to S3-compatible storage (targets in site.yml's deploy:)") { target, source, output, dryRun, maxDeletes, quiet };
        command.SetAction(async (parsed, cancellation) =>
        {
            var sourceDirectory = parsed.GetValue(source)!.FullName;
            var request = new DeployRequest(
                sourceDirectory,
                parsed.GetValue(output)?.FullName ?? Path.Combine(sourceDirectory, "public"),
                parsed.GetValue(target),
                parsed.GetValue(dryRun),
                Math.Max(0, parsed.GetValue(maxDeletes)),
                parsed.GetValue(quiet));
            return await RunAsync(request, Console.Out, Console.Error, cancellation).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>What <c>deploy</c> was asked to do.</summary>
    public sealed record DeployRequest(string SourceDirectory, string OutputDirectory, string? Target, bool DryRun, int MaxDeletes, bool Quiet);

    public static async Task<int> RunAsync(DeployRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(new PhysicalFileSource(request.SourceDirectory), diagnostics);
        var target = config is null ? null : PickTarget(config, request.Target, diagnostics);
        if (config is not null && target is not null && !Directory.Exists(request.OutputDirectory))
        {
            diagnostics.Error(DiagnosticCodes.NothingToDeploy, new SourceLocation(Path.GetFileName(request.OutputDirectory)),
                $"there is no built site in '{request.OutputDirectory}'", "run 'staticevent build' first, or pass the built folder with --output");
        }

        if (diagnostics.HasErrors || config is null || target is null)
        {
            return Fail(diagnostics, stderr);
        }

        var files = OutputInventory.Scan(request.OutputDirectory, config);
        var where = $"s3://{target.Bucket}/{target.Prefix}";
        using var store = new S3ObjectStore(target);
        var deployer = new Deployer(store);
        try
        {
            var (plan, manifest) = await deployer.PlanAsync(files, cancellation).ConfigureAwait(false);
            stdout.WriteLine($"Deploy to '{target.Name}' ({where}): {plan.Uploads.Count} to upload ({Size(plan.UploadBytes)}), {plan.Deletes.Count} to delete, {plan.Unchanged.Count} unchanged.");
            if (plan.Deletes.Count > request.MaxDeletes)
            {
                diagnostics.Error(DiagnosticCodes.TooManyDeletes, new SourceLocation("--max-deletes"),
                    $"the deploy would delete {plan.Deletes.Count} objects from {where}, more than --max-deletes {request.MaxDeletes}; nothing was changed",
                    "check that the output folder holds the whole site (and the target its prefix), then raise --max-deletes");
                return Fail(diagnostics, stderr);
            }

            if (request.DryRun)
            {
                foreach (var file in plan.Uploads)
                {
                    stdout.WriteLine($"  upload {file.Path} ({file.ContentType}; {file.CacheControl}{(file.ContentLanguage is null ? string.Empty : "; " + file.ContentLanguage)})");
                }

                foreach (var path in plan.Deletes)
                {
                    stdout.WriteLine($"  delete {path}");
                }

                stdout.WriteLine("Dry run: nothing was changed.");
                return ExitCodes.Success;
            }

            var gate = new object();
            var summary = await deployer.RunAsync(plan, manifest, request.Quiet ? null : step =>
            {
                lock (gate)
                {
                    stdout.WriteLine($"  [{step.Done}/{step.Total}] {step.Action} {step.Path}");
                }
            }, cancellation).ConfigureAwait(false);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Deployed to '{target.Name}': {summary.Uploaded} uploaded ({Size(summary.BytesUploaded)}), {summary.Deleted} deleted, {summary.Unchanged} unchanged in {summary.Elapsed.TotalSeconds:0.0} s."));
            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("Deploy interrupted: what was uploaded stays; run the same command again to finish.");
            return ExitCodes.SiteErrors;
        }
        catch (Exception ex) when (ex is AmazonClientException or HttpRequestException or IOException)
        {
            // The SDK's messages name the bucket, key or endpoint, never a secret.
            diagnostics.Error(DiagnosticCodes.StorageFailed, new SourceLocation(SiteConfig.FileName),
                $"the deploy to '{target.Name}' ({where}) failed: {ex.Message}",
                ex is AmazonServiceException ? "check the bucket, prefix, region and endpoint in site.yml, and the permissions of the credentials"
                    : "check the endpoint in site.yml and the credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE (the AWS SDK's standard chain)");
            return Fail(diagnostics, stderr);
        }
    }

    private static DeployTarget? PickTarget(SiteConfig config, string? name, DiagnosticBag diagnostics)
    {
        if (config.DeployTargets.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.DeployTargetUnknown, new SourceLocation(SiteConfig.FileName), "site.yml has no 'deploy:' target",
                "add one: deploy: [{ name: production, bucket: my-bucket, region: eu-west-3 }] (see docs/publishing.md)");
            return null;
        }

        if (name is null)
        {
            return config.DeployTargets[0];
        }

        var target = config.DeployTargets.FirstOrDefault(t => t.Name == name);
        if (target is null)
        {
            var guess = Suggestion.Closest(name, config.DeployTargets.Select(t => t.Name).ToList());
            diagnostics.Error(DiagnosticCodes.DeployTargetUnknown, new SourceLocation(SiteConfig.FileName),
                $"no deploy target is named '{name}'{(guess is null ? string.Empty : $"; did you mean '{guess}'?")}",
                $"targets in site.yml: {string.Join(", ", config.DeployTargets.Select(t => t.Name))}");
        }

        return target;
    }

    private static int Fail(DiagnosticBag diagnostics, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            stderr.WriteLine(diagnostic);
        }

        return ExitCodes.SiteErrors;
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
    };
}
