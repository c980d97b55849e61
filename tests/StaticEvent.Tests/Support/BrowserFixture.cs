using Microsoft.Playwright;

namespace StaticEvent.Tests.Support;

/// <summary>
/// One headless Debian Chromium driven by Playwright, shared by the browser tests and started on
/// first use. Playwright's own browser download is never used: this machine cannot fetch it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // As root, on a closed network: no sandbox, and none of Chromium's background connections,
    // whose refusals would otherwise flood the log and slow every start.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>
    /// A new browser context (its own cookies and storage) with a viewport of
    /// <paramref name="width"/>×<paramref name="height"/>; dispose it when done.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, bool javaScript = true, string? timeZone = null)
    {
        var browser = await GetBrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ServiceWorkers = ServiceWorkerPolicy.Block,
            JavaScriptEnabled = javaScript,
            TimezoneId = timeZone,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }

    private async Task<IBrowser> GetBrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_browser is not null)
            {
                return _browser;
            }

            Prerequisites.Require(Tool.Chromium);
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Prerequisites.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }
}
