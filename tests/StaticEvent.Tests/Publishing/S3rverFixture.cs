using StaticEvent.Cli.Commands;
using StaticEvent.Cli.Publishing;
using StaticEvent.Configuration;
using StaticEvent.Publishing;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Publishing;

/// <summary>
/// One s3rver (npm s3rver 3.7.1, an S3-compatible server) on 127.0.0.1, with the bucket
/// <see cref="Bucket"/>, started on first use and killed at the end; its data lives in a temp folder.
/// Credentials reach the SDK the standard way, through AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
/// </summary>
public sealed class S3rverFixture : IDisposable
{
    public const string Bucket = "site";

    /// <summary>The targets every site copy of these tests has, each a prefix of its own.</summary>
    public static readonly string[] Targets = ["first", "dry", "guard", "clean", "cut", "change"];

    private readonly Lazy<ChildProcess> _server;
    private readonly Lazy<SiteCopy> _site;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "staticevent-s3rver-" + Guid.NewGuid().ToString("N")[..12]);

    public S3rverFixture()
    {
        Port = ChildProcess.FreePort();
        _server = new Lazy<ChildProcess>(Start, LazyThreadSafetyMode.ExecutionAndPublication);
        _site = new Lazy<SiteCopy>(() =>
        {
            var site = NewSite();
            site.Build();
            return site;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The default site with every target, built once; tests that change it make their own with <see cref="NewSite"/>.</summary>
    public SiteCopy SharedSite => _site.Value;

    /// <summary>A new copy of the default site whose site.yml lists <see cref="Targets"/> on this server (not built).</summary>
    public SiteCopy NewSite()
    {
        var site = new SiteCopy();
        site.AppendToSiteYml("deploy:\n" + string.Join('\n', Targets.Select(t => TargetYaml(t, t))));
        return site;
    }

    public int Port { get; }

    public Uri Endpoint => new($"http://127.0.0.1:{Port}/");

    /// <summary>Starts the server if it is not running yet.</summary>
    public void EnsureStarted() => _ = _server.Value;

    /// <summary>A deploy target of site.yml on this server, below <paramref name="prefix"/>.</summary>
    public string TargetYaml(string name, string prefix) =>
        $"  - {{ name: {name}, bucket: {Bucket}, prefix: {prefix}, region: us-east-1, endpoint: \"{Endpoint}\", pathStyle: true }}";

    internal DeployTarget Target(string prefix) => new() { Name = prefix, Bucket = Bucket, Prefix = prefix + "/", Region = "us-east-1", Endpoint = Endpoint, PathStyle = true };

    /// <summary>Every object below <paramref name="prefix"/>, by path, with ETag and size.</summary>
    internal async Task<IReadOnlyDictionary<string, RemoteObject>> ListAsync(string prefix)
    {
        using var store = new S3ObjectStore(Target(prefix));
        return (await store.ListAsync(CancellationToken.None)).ToDictionary(o => o.Path, StringComparer.Ordinal);
    }

    /// <summary>The response headers of one object, read anonymously over HTTP.</summary>
    public async Task<HttpResponseMessage> HeadAsync(string prefix, string path)
    {
        using var client = new HttpClient();
        return await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(Endpoint, $"{Bucket}/{prefix}/{path}")));
    }

    /// <summary>Runs <c>deploy</c> in-process; returns its exit code and output.</summary>
    public async Task<(int ExitCode, string Output, string Errors)> DeployAsync(SiteCopy site, string target, bool dryRun = false, int maxDeletes = DeployCommand.DefaultMaxDeletes)
    {
        EnsureStarted();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await DeployCommand.RunAsync(new DeployCommand.DeployRequest(site.Root, site.Output, target, dryRun, maxDeletes, Quiet: true), stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        if (_site.IsValueCreated)
        {
            _site.Value.Dispose();
        }

        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }

        try
        {
            if (Directory.Exists(_data))
            {
                Directory.Delete(_data, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing the run for.
        }
    }

    private ChildProcess Start()
    {
        Prerequisites.Require(Tool.S3rver);
        // s3rver's own fixed credentials; the SDK finds them in the environment, as it would real ones.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "S3RVER");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "S3RVER");
        Directory.CreateDirectory(_data);
        string[] arguments = [Prerequisites.S3rverScriptPath, "-d", _data, "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent", "--configure-bucket", Bucket];
        return ChildProcess.Start(Prerequisites.NodePath!, arguments, Port);
    }
}
