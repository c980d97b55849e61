using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace StaticEvent.Preview;

/// <summary>
/// Answers every request of the preview server. In order: the Host header must be allowed (403),
/// the method GET or HEAD (405), the raw target acceptable (400); then the live-reload script and
/// events, the review page, and the site's files from the current snapshot, with the live-reload
/// script added to HTML. Nothing is read from disk: a path can only ever name a snapshot entry.
/// Every answer carries <c>Cache-Control: no-store</c>, so a browser never shows an old build.
/// </summary>
internal sealed class PreviewRequestHandler
{
    private const string ScriptPath = LiveScriptInjector.ScriptUrl;
    private static readonly byte[] LiveScript = LoadLiveScript();

    private readonly Func<PreviewState> _current;
    private readonly LiveReloadHub _hub;
    private readonly HostAllowList _hosts;
    private readonly CancellationToken _stopping;

    public PreviewRequestHandler(Func<PreviewState> current, LiveReloadHub hub, HostAllowList hosts, CancellationToken stopping)
    {
        _current = current;
        _hub = hub;
        _hosts = hosts;
        _stopping = stopping;
    }

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        if (!_hosts.Allows(request.Host.Host))
        {
            response.StatusCode = StatusCodes.Status403Forbidden; // DNS rebinding, or a name we were not told about
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!RequestTarget.IsAcceptable(raw))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var path = request.Path.Value ?? "/";
        switch (path)
        {
            case ScriptPath:
                await WriteAsync(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", LiveScript);
                return;
            case LiveReloadHub.EventsPath:
                await ServeEventsAsync(context);
                return;
            case "/_review":
                Redirect(response, ReviewPage.Path);
                return;
            case ReviewPage.Path:
                var state = _current();
                await WriteHtmlAsync(context, StatusCodes.Status200OK, ReviewPage.Render(state), state.BuildId);
                return;
        }

        if (path.StartsWith("/_staticevent/", StringComparison.Ordinal))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await ServeSiteAsync(context, path, raw!);
    }

    private async Task ServeSiteAsync(HttpContext context, string path, string raw)
    {
        var state = _current(); // one snapshot for the whole answer
        var resolved = ResolvedPath.Resolve(state, path);
        if (resolved.StatusCode == StatusCodes.Status302Found)
        {
            var query = raw.IndexOf('?', StringComparison.Ordinal);
            Redirect(context.Response, resolved.RedirectToBase
                ? state.BasePath
                : (query < 0 ? raw + "/" : string.Concat(raw.AsSpan(0, query), "/", raw.AsSpan(query))));
            return;
        }

        if (resolved.FileKey is not { } key)
        {
            var status = state.Version == 0 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status404NotFound;
            await WriteHtmlAsync(context, status, FallbackPage.Render(state, status), state.BuildId);
            return;
        }

        var bytes = state.Files[key];
        if (ContentTypes.IsHtml(key))
        {
            await WriteHtmlAsync(context, resolved.StatusCode, bytes, state.BuildId);
        }
        else
        {
            await WriteAsync(context, resolved.StatusCode, ContentTypes.For(key), bytes);
        }
    }

    private async Task ServeEventsAsync(HttpContext context)
    {
        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        if ((origin.Length > 0 && !IsOwnOrigin(origin, context.Connection.LocalPort))
            || string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        // The page's location.pathname, still percent-encoded: checked like a request target.
        var page = request.Query["path"].ToString();
        if (page.Length == 0)
        {
            page = "/";
        }

        if (!RequestTarget.IsAcceptable(page) || page.Contains('?', StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await _hub.ServeAsync(context, Uri.UnescapeDataString(page), _current, _stopping);
    }

    private bool IsOwnOrigin(string origin, int port) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && uri.Port == port
        && _hosts.Allows(uri.Host);

    private static void Redirect(HttpResponse response, string location)
    {
        response.StatusCode = StatusCodes.Status302Found;
        response.Headers.Location = location;
    }

    private static Task WriteHtmlAsync(HttpContext context, int status, byte[] html, string buildId)
    {
        var tag = LiveScriptInjector.Tag(buildId);
        var at = LiveScriptInjector.InsertionPoint(html);
        return WriteAsync(context, status, "text/html; charset=utf-8", html.AsMemory(0, at), tag, html.AsMemory(at));
    }

    private static async Task WriteAsync(HttpContext context, int status, string contentType, params ReadOnlyMemory<byte>[] parts)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = parts.Sum(p => (long)p.Length);
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        foreach (var part in parts)
        {
            await response.Body.WriteAsync(part, context.RequestAborted);
        }
    }

    private static byte[] LoadLiveScript()
    {
        using var stream = typeof(PreviewRequestHandler).Assembly.GetManifestResourceStream("StaticEvent.Preview.live.js")
            ?? throw new InvalidOperationException("live.js is missing from the assembly's resources");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
