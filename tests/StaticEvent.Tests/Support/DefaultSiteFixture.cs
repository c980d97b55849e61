namespace StaticEvent.Tests.Support;

/// <summary>
/// The repository's default site, built once per test run by the real CLI
/// (<c>dotnet staticevent.dll build --source &lt;repo&gt; --output &lt;tmp&gt;/public</c>) into a fresh
/// temporary folder that is deleted at the end. The build runs on first use, so a run whose site
/// tests are all skipped builds nothing; a failed build fails every test that uses it.
/// Setting <c>STATICEVENT_SITE_OUTPUT</c> to an already built folder skips the build (and keeps
/// that folder), to iterate on a theme or try the tests on a hand-made site.
/// </summary>
public sealed class DefaultSiteFixture : IAsyncLifetime
{
    /// <summary>Names a built site folder to test instead of building the default site.</summary>
    public const string OutputVariable = "STATICEVENT_SITE_OUTPUT";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly string _workFolder = Path.Combine(Path.GetTempPath(), "staticevent-tests-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<string> _output;
    private readonly SemaphoreSlim _serverGate = new(1, 1);
    private StaticFileServer? _server;

    /// <summary>Prepares the build; nothing runs until <see cref="OutputDirectory"/> is read.</summary>
    public DefaultSiteFixture()
    {
        _output = new Lazy<string>(Build, LazyThreadSafetyMode.ExecutionAndPublication);
        BaseUrl = SiteYaml.ReadBaseUrl(Path.Combine(Prerequisites.RepositoryRoot, "site.yml"));
    }

    /// <summary>The built site (the folder <c>build</c> wrote to). Builds it on first read.</summary>
    public string OutputDirectory => _output.Value;

    /// <summary>The site's <c>baseUrl</c> from its <c>site.yml</c>, or null when it has none.</summary>
    public Uri? BaseUrl { get; }

    /// <summary>The path part of <see cref="BaseUrl"/>, such as <c>/</c> or <c>/ga93/</c>.</summary>
    public string BasePath => BaseUrl?.AbsolutePath ?? "/";

    /// <summary>Every <c>.html</c> file of the output, relative to it with <c>/</c> separators, sorted.</summary>
    public IReadOnlyList<string> HtmlFiles() =>
        Directory.EnumerateFiles(OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(OutputDirectory, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The built site served on 127.0.0.1 under <see cref="BasePath"/>; started on first call.</summary>
    public async Task<StaticFileServer> GetServerAsync()
    {
        var output = OutputDirectory;
        await _serverGate.WaitAsync();
        try
        {
            return _server ??= await StaticFileServer.StartAsync(output, BasePath);
        }
        finally
        {
            _serverGate.Release();
        }
    }

    /// <summary>
    /// Maps a URL found in a page to the test server: a URL on the <see cref="BaseUrl"/> host is
    /// moved onto the server; any other URL comes back unchanged.
    /// </summary>
    public async Task<Uri> ToServerUrlAsync(Uri url)
    {
        var server = await GetServerAsync();
        if (BaseUrl is null || !IsSameOrigin(url, BaseUrl) || !url.AbsolutePath.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return url;
        }

        var relative = url.AbsolutePath[BasePath.Length..] + url.Query + url.Fragment;
        return new Uri(server.BaseAddress, relative);
    }

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _serverGate.Dispose();
        try
        {
            if (Directory.Exists(_workFolder))
            {
                Directory.Delete(_workFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing the run for.
        }
    }

    private static bool IsSameOrigin(Uri url, Uri baseUrl) =>
        url.IsAbsoluteUri
        && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
        && string.Equals(url.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase)
        && url.Port == baseUrl.Port;

    private string Build()
    {
        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } prebuilt)
        {
            Assert.True(Directory.Exists(prebuilt), $"{OutputVariable}={prebuilt} is not a folder.");
            return Path.GetFullPath(prebuilt);
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "staticevent.dll");
        Assert.True(File.Exists(cli), $"The CLI {cli} is missing from the test output: the test project must reference src/StaticEvent.Cli.");

        var output = Path.Combine(_workFolder, "public");
        Directory.CreateDirectory(_workFolder);
        string[] arguments = [cli, "build", "--source", Prerequisites.RepositoryRoot, "--output", output];
        var host = ProcessRunner.DotnetHost();
        var result = ProcessRunner.Run(host, arguments, BuildTimeout, _workFolder);

        var commandLine = host + " " + string.Join(' ', arguments);
        Assert.True(result.ExitCode == 0 && !result.TimedOut, "Building the default site failed.\n" + result.Describe(commandLine));
        Assert.True(Directory.Exists(output), $"The build exited with 0 but wrote no {output}.\n" + result.Describe(commandLine));
        return output;
    }
}
