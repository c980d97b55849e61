using System.Text.Json;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Site;

/// <summary>SPEC §8: the output is valid HTML5, checked by the Nu HTML Checker (vnu.jar).</summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class HtmlValidityTests(DefaultSiteFixture site)
{
    private static readonly TimeSpan CheckerTimeout = TimeSpan.FromMinutes(5);

    [RequiresFact(Tool.Java, Tool.Vnu)]
    public void EveryHtmlFileOfTheDefaultSiteIsValidHtml5()
    {
        // Given
        var output = site.OutputDirectory;
        Assert.NotEmpty(site.HtmlFiles());

        // When
        string[] arguments = ["-jar", Prerequisites.VnuJarPath, "--errors-only", "--format", "json", "--skip-non-html", output];
        var result = ProcessRunner.Run(Prerequisites.JavaPath!, arguments, CheckerTimeout);

        // Then
        var commandLine = "java " + string.Join(' ', arguments);
        Assert.False(result.TimedOut, result.Describe(commandLine));
        var errors = ReadErrors(result, output, commandLine);
        Assert.True(errors.Count == 0, $"The Nu HTML Checker found {errors.Count} error(s):\n" + string.Join('\n', errors));
        Assert.True(result.ExitCode == 0, "The Nu HTML Checker reported no error but failed.\n" + result.Describe(commandLine));
    }

    /// <summary>Reads vnu's JSON report (printed on stderr) as <c>file:line:col: message</c> lines.</summary>
    private static List<string> ReadErrors(ProcessResult result, string output, string commandLine)
    {
        var report = result.StandardError.Trim();
        if (report.Length == 0 && result.ExitCode == 0)
        {
            return [];
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(report);
        }
        catch (JsonException)
        {
            Assert.Fail("The Nu HTML Checker did not print a JSON report.\n" + result.Describe(commandLine));
            throw;
        }

        using (json)
        {
            return json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(message => message.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(message => Read(message, output))
                .OrderBy(error => error.File, StringComparer.Ordinal)
                .ThenBy(error => error.Line)
                .ThenBy(error => error.Column)
                .Select(error => error.Text)
                .ToList();
        }
    }

    private static (string File, int Line, int Column, string Text) Read(JsonElement message, string output)
    {
        var file = message.TryGetProperty("url", out var url) ? RelativeFile(url.GetString(), output) : "(no file)";
        var line = Number(message, "firstLine") ?? Number(message, "lastLine");
        var column = Number(message, "firstColumn") ?? Number(message, "lastColumn");
        var text = message.TryGetProperty("message", out var m) ? m.GetString() : "(no message)";
        var location = line is null ? file : column is null ? $"{file}:{line}" : $"{file}:{line}:{column}";
        var extract = message.TryGetProperty("extract", out var e) ? $"\n    {e.GetString()?.ReplaceLineEndings(" ")}" : string.Empty;
        return (file, line ?? 0, column ?? 0, $"{location}: {text}{extract}");
    }

    private static int? Number(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    // vnu names files as "file:/tmp/x/fr/index.html", which System.Uri does not take as a file URL.
    private static string RelativeFile(string? url, string output)
    {
        if (url is null || !url.StartsWith("file:", StringComparison.Ordinal))
        {
            return url ?? "(no file)";
        }

        var path = "/" + Uri.UnescapeDataString(url["file:".Length..]).TrimStart('/');
        return Path.GetRelativePath(output, path).Replace(Path.DirectorySeparatorChar, '/');
    }
}
