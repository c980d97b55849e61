using StaticEvent.Preview;

namespace StaticEvent.Tests.Preview;

/// <summary>A real preview server (Kestrel on 127.0.0.1, a free port) over a <see cref="PreviewSite"/>, and a client for it.</summary>
internal sealed class PreviewHarness : IAsyncDisposable
{
    /// <summary>Long enough for a build on a busy two-core machine; tests fail rather than hang.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private PreviewHarness(PreviewServer server)
    {
        Server = server;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = Timeout };
    }

    public PreviewServer Server { get; }

    /// <summary>A client whose base address is the server's root; it does not follow redirects.</summary>
    public HttpClient Client { get; }

    /// <summary>What the server printed.</summary>
    public StringWriter Log { get; } = new();

    /// <summary>Starts a server on <paramref name="site"/>; with <paramref name="watch"/> it rebuilds on file changes; port 0: any free one.</summary>
    public static async Task<PreviewHarness> StartAsync(PreviewSite site, bool watch = false, TimeSpan? debounce = null, int port = 0)
    {
        var log = new StringWriter();
        var options = new PreviewOptions
        {
            SourceDirectory = site.Directory,
            Port = port,
            Watch = watch,
            Debounce = debounce ?? TimeSpan.FromMilliseconds(75),
            MaxParallelism = 2,
        };
        var server = await PreviewServer.StartAsync(options, TextWriter.Synchronized(log));
        return new PreviewHarness(server);
    }

    /// <summary>Asks for a rebuild and waits for it.</summary>
    public async Task<PreviewState> RebuildAsync()
    {
        var count = Server.Current.BuildCount;
        Server.RequestRebuild();
        return await Server.WaitForBuildAsync(count).WaitAsync(Timeout);
    }

    /// <summary>Waits for a build after build number <paramref name="count"/> (one started by the watcher).</summary>
    public Task<PreviewState> NextBuildAsync(long count) => Server.WaitForBuildAsync(count).WaitAsync(Timeout);

    /// <summary>Waits until a build makes <paramref name="condition"/> true (the watcher may need more than one).</summary>
    public async Task<PreviewState> BuildWhereAsync(Func<PreviewState, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var state = Server.Current;
        while (!condition(state))
        {
            state = await Server.WaitForBuildAsync(state.BuildCount, timeout.Token);
        }

        return state;
    }

    /// <summary>Opens the live-reload stream as the page at <paramref name="pagePath"/> would.</summary>
    public async Task<EventStream> OpenEventsAsync(string pagePath)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/_staticevent/events?path=" + Uri.EscapeDataString(pagePath));
        var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(200, (int)response.StatusCode);
        var stream = new EventStream(response);
        var hello = await stream.NextAsync();
        Assert.Equal("hello", hello.Name);
        return stream;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
