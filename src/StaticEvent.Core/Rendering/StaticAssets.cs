using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Model;
using StaticEvent.Text;

namespace StaticEvent.Rendering;

/// <summary>
/// The static files copied to the output: the theme's <c>static/</c>, then the site's
/// <c>static/</c>, which wins on the same name. Each is written twice: under its own name, for
/// links written by hand, and under a name carrying its fingerprint (<c>css/site.3f2a9c01be.css</c>),
/// which <c>asset</c> gives to templates, so hosts and CDNs can cache it forever (some ignore a
/// query string) and a changed file is a new address.
/// </summary>
internal sealed class StaticAssets
{
    private readonly IFileSource _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly ConcurrentDictionary<string, string> _fingerprints = new(StringComparer.Ordinal);

    /// <param name="source">The site's files.</param>
    /// <param name="config">The site's configuration (for the theme).</param>
    /// <param name="diagnostics">Receives an error for each file whose name cannot be written or that is too large; that file is left out.</param>
    public StaticAssets(IFileSource source, SiteConfig config, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in new[] { $"themes/{config.Theme}/static", "static" })
        {
            foreach (var path in source.ListFiles(root))
            {
                var output = path[(root.Length + 1)..].Normalize(NormalizationForm.FormC);
                if (output.Split('/').FirstOrDefault(s => !UrlSegment.IsValid(s)) is { } unusable)
                {
                    diagnostics.Error(DiagnosticCodes.InvalidSlug, new SourceLocation(path), $"'{output}' cannot be written: '{unusable}' is not a usable file or folder name",
                        "rename it: no name Windows reserves (con, aux, nul, com1, lpt1…), no trailing dot or space, none of \\ ? # % : * \" < > |");
                    continue;
                }

                if (CopiedFiles.Check(source, path, diagnostics))
                {
                    files[output] = path;
                }
            }
        }

        Files = files;
    }

    /// <summary>Output path (relative to the output root) to source path.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>The first 10 hex digits of the SHA-256 of the file's bytes, or null when there is no such file.</summary>
    public string? Fingerprint(string outputPath) =>
        Files.TryGetValue(outputPath, out var source)
            ? _fingerprints.GetOrAdd(outputPath, _ => Hash(source))
            : null;

    /// <summary><c>css/site.css</c> → <c>css/site.3f2a9c01be.css</c>; null when there is no such file.</summary>
    public string? FingerprintedPath(string outputPath)
    {
        if (Fingerprint(outputPath) is not { } fingerprint)
        {
            return null;
        }

        var slash = outputPath.LastIndexOf('/') + 1;
        var dot = outputPath.LastIndexOf('.');
        return dot > slash ? $"{outputPath[..dot]}.{fingerprint}{outputPath[dot..]}" : $"{outputPath}.{fingerprint}";
    }

    // A file removed or locked since it was listed is SE112 (the build fails), not an exception in a template.
    private string Hash(string source)
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(_source.ReadAllBytes(source)))[..10];
        }
        catch (Exception ex) when (IoFailure.IsIo(ex))
        {
            IoFailure.ReadingFile(_diagnostics, source, ex);
            return "0000000000";
        }
    }
}
