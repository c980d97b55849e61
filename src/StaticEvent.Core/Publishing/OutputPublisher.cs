using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using StaticEvent.Checking;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.Model;
using StaticEvent.Output;
using StaticEvent.Rendering;

namespace StaticEvent.Publishing;

/// <summary>
/// Stands between the build and its sink when the site is prepared for a host: rewrites links
/// for <c>--relative</c>, writes <c>.br</c> and <c>.gz</c> siblings for <c>--compress</c>, and
/// notes every file so that the host configurations (<c>hosting:</c>), written last, can name them.
/// </summary>
internal sealed class OutputPublisher : IOutputSink
{
    private const int SmallestWorthCompressing = 256;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IOutputSink _inner;
    private readonly SiteConfig _config;
    private readonly RelativeLinks? _relative;
    private readonly bool _compress;
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);

    private OutputPublisher(IOutputSink inner, SiteConfig config, bool relative, bool compress)
    {
        _inner = inner;
        _config = config;
        _relative = relative ? new RelativeLinks(config.BaseUrl) : null;
        _compress = compress;
    }

    /// <summary>A publisher over <paramref name="sink"/>, or null when the options and site.yml ask for nothing it does.</summary>
    public static OutputPublisher? For(IOutputSink? sink, SiteConfig config, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        if (sink is null || !(options.Relative || options.Compress || config.Hosting.Configs.Count > 0))
        {
            return null;
        }

        return new OutputPublisher(sink, config, options.Relative, options.Compress);
    }

    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        byte[]? rewritten = null;
        if (_relative is not null && (path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".css", StringComparison.Ordinal)))
        {
            var text = Utf8.GetString(bytes);
            text = path.EndsWith(".css", StringComparison.Ordinal) ? _relative.RewriteCss(path, text) : _relative.RewriteHtml(path, text);
            rewritten = Utf8.GetBytes(text);
            bytes = rewritten;
        }

        _inner.Write(path, bytes);
        _written[path] = CachePolicy.IsFingerprinted(path, bytes);
        if (_compress && bytes.Length >= SmallestWorthCompressing && ContentTypes.IsCompressible(path))
        {
            _inner.Write(path + ".br", Compress(bytes, brotli: true));
            _inner.Write(path + ".gz", Compress(bytes, brotli: false));
        }
    }

    /// <summary>
    /// Writes the host configurations site.yml asks for, after every other file: they list the
    /// 404 pages, aliases and fingerprinted files. A name the site already wrote is an error.
    /// </summary>
    public void WriteHostFiles(SiteModel site, UrlBuilder urls, LinkIndex links, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var written = new SortedDictionary<string, bool>(_written, StringComparer.Ordinal);
        foreach (var (path, text) in HostFiles.Render(site, urls, _config.Hosting, written))
        {
            if (written.ContainsKey(path) || links.HasFile(path))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, new SourceLocation(SiteConfig.FileName),
                    $"'{path}' would be written twice: by the site and as the host configuration site.yml asks for",
                    "remove the file from static/, or the host from 'hosting: configs'");
                continue;
            }

            _inner.Write(path, Utf8.GetBytes(text));
        }
    }

    private static byte[] Compress(ReadOnlySpan<byte> bytes, bool brotli)
    {
        using var output = new MemoryStream();
        using (Stream stream = brotli ? new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true) : new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            stream.Write(bytes);
        }

        return output.ToArray();
    }
}
