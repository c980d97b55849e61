using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace StaticEvent.Preview;

/// <summary>
/// <c>staticevent serve</c>: builds the site in memory, serves it on 127.0.0.1 with Kestrel,
/// rebuilds when its files change, and tells open pages to reload (or shows them the errors).
/// Never writes into the site folder.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    // Ports tried after the requested one before asking the system for any free port.
    private const int PortAttempts = 10;

    private readonly WebApplication _app;
    private readonly RebuildLoop _loop;
    private readonly LiveReloadHub _hub;
    private readonly SiteWatcher? _watcher;
    private readonly CancellationTokenSource _stopping;
    private bool _disposed;

    private PreviewServer(WebApplication app, RebuildLoop loop, LiveReloadHub hub, SiteWatcher? watcher, CancellationTokenSource stopping, Uri address)
    {
        _app = app;
        _loop = loop;
        _hub = hub;
        _watcher = watcher;
        _stopping = stopping;
        Address = address;
    }

    /// <summary>The server's root, such as <c>http://127.0.0.1:4093/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The site's home on the server: <see cref="Address"/> plus the base path of the site's baseUrl.</summary>
    public Uri SiteAddress => new(Address, Current.BasePath);

    /// <summary>What is served now.</summary>
    public PreviewState Current => _loop.Current;

    /// <summary>How many pages listen for live reload now.</summary>
    public int LiveConnections => _hub.Count;

    /// <summary>Called after each build, with the previous and the new state.</summary>
    public event Action<PreviewState, PreviewState>? Built;

    /// <summary>
    /// Builds the site, starts listening and watching, and returns once the site is served
    /// (also when the first build fails: the server then shows its errors until they are fixed).
    /// </summary>
    /// <param name="options">What to serve and how.</param>
    /// <param name="log">Where to print progress and errors (the terminal); nothing when null.</param>
    /// <param name="cancellation">Cancels the start.</param>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter? log = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        log ??= TextWriter.Null;
        var source = Path.GetFullPath(options.SourceDirectory);
        var buildOptions = new BuildOptions
        {
            SourceDirectory = source,
            IncludeDrafts = options.IncludeDrafts,
            BuildDate = options.BuildDate,
            MaxParallelism = Math.Max(1, options.MaxParallelism),
        };
        var loop = new RebuildLoop(buildOptions, log);
        var hub = new LiveReloadHub();
        var stopping = new CancellationTokenSource();
        SiteWatcher? watcher = null;
        try
        {
            if (options.Watch)
            {
                // Watching starts before the first build, so an edit made while it runs is not lost.
                loop.Journal = new ChangeJournal();
                watcher = new SiteWatcher(source, options.Debounce, loop.Request, log) { Journal = loop.Journal };
                watcher.Start();
            }

            log.WriteLine($"Building {source} ...");
            await Task.Run(loop.BuildNow, cancellation).ConfigureAwait(false);

            var hosts = new HostAllowList(options.Host, options.AllowedHosts);
            var handler = new PreviewRequestHandler(() => loop.Current, hub, hosts, stopping.Token);
            var (app, address) = await ListenAsync(options, handler, log, cancellation).ConfigureAwait(false);
            var server = new PreviewServer(app, loop, hub, watcher, stopping, address);
            loop.Built += server.OnBuilt;
            loop.Start();
            return server;
        }
        catch
        {
            watcher?.Dispose();
            loop.Dispose();
            stopping.Dispose();
            throw;
        }
    }

    /// <summary>Asks for a rebuild, as a file change would (tests and tools); returns at once.</summary>
    public void RequestRebuild() => _loop.Request();

    /// <summary>Waits for the first build that finishes after build number <paramref name="buildCount"/>.</summary>
    public Task<PreviewState> WaitForBuildAsync(long buildCount, CancellationToken cancellation = default) =>
        _loop.WaitForBuildAsync(buildCount, cancellation);

    /// <summary>Stops watching, ends the live-reload streams and stops listening.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _watcher?.Dispose();
        await _stopping.CancelAsync().ConfigureAwait(false);
        _hub.CompleteAll();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _loop.Dispose();
        _stopping.Dispose();
    }

    private void OnBuilt(PreviewState previous, PreviewState current)
    {
        _hub.Publish(previous, current);
        Built?.Invoke(previous, current);
    }

    private static async Task<(WebApplication App, Uri Address)> ListenAsync(PreviewOptions options, PreviewRequestHandler handler, TextWriter log, CancellationToken cancellation)
    {
        var address = ParseHost(options.Host);
        var ports = options.Port == 0
            ? [0]
            : Enumerable.Range(options.Port, PortAttempts).Where(p => p <= IPEndPoint.MaxPort).Append(0).ToArray();
        foreach (var port in ports)
        {
            var app = CreateApp(address, port, handler);
            try
            {
                await app.StartAsync(cancellation).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is AddressInUseException || exception.InnerException is AddressInUseException)
            {
                log.WriteLine($"Port {port} is in use; trying {(port == ports[^2] ? "any free port" : $"{port + 1}")}.");
                await app.DisposeAsync().ConfigureAwait(false);
                continue;
            }

            var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
            var shownHost = address is null ? "localhost" : options.Host.Contains(':', StringComparison.Ordinal) ? $"[{options.Host.Trim('[', ']')}]" : options.Host;
            return (app, new Uri($"http://{shownHost}:{bound.Port}/"));
        }

        throw new IOException("no free port to listen on");
    }

    private static WebApplication CreateApp(IPAddress? address, int port, PreviewRequestHandler handler)
    {
        // The empty builder reads no configuration files and watches nothing: the site folder is
        // not the content root, and no appsettings.json anywhere changes what the preview does.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (address is null)
            {
                kestrel.ListenLocalhost(port);
            }
            else
            {
                kestrel.Listen(address, port);
            }
        });
        var app = builder.Build();
        app.Run(handler.HandleAsync);
        return app;
    }

    // null: "localhost", both loopback addresses.
    private static IPAddress? ParseHost(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            return address;
        }

        return Dns.GetHostAddresses(host).FirstOrDefault()
            ?? throw new ArgumentException($"'{host}' is not an address of this machine", nameof(host));
    }
}
