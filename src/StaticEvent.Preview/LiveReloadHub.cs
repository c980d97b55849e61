using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using StaticEvent.Diagnostics;
using StaticEvent.Rendering;

namespace StaticEvent.Preview;

/// <summary>
/// The live-reload channel: server-sent events at <c>/_staticevent/events</c>. Each open page
/// connects with its own path and, after each build, gets one event: <c>reload</c> (its page or a
/// shared asset changed), <c>css</c> (only stylesheets changed: swap them in place), <c>built</c>
/// (nothing it shows changed) or <c>errors</c> (the build failed: show the overlay). On connecting
/// it gets <c>hello</c> with the current build id and errors, so a page that missed builds, or
/// reconnects to a restarted server, knows to reload.
/// </summary>
internal sealed class LiveReloadHub
{
    /// <summary>The path of the event stream.</summary>
    public const string EventsPath = "/_staticevent/events";

    private const int MaxSubscribers = 512;
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<long, Subscriber> _subscribers = new();
    private long _nextId;

    /// <summary>How many pages are connected now.</summary>
    public int Count => _subscribers.Count;

    /// <summary>Streams events to one page until it goes away or <paramref name="stopping"/> fires.</summary>
    /// <param name="context">The request, already checked (method, Host, Origin).</param>
    /// <param name="pagePath">The decoded path of the page that connects (its <c>location.pathname</c>).</param>
    /// <param name="current">Reads what is served now.</param>
    /// <param name="stopping">Fires when the server stops.</param>
    public async Task ServeAsync(HttpContext context, string pagePath, Func<PreviewState> current, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(current);
        var response = context.Response;
        if (_subscribers.Count >= MaxSubscribers)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var id = Interlocked.Increment(ref _nextId);
        var subscriber = new Subscriber(pagePath);
        _subscribers[id] = subscriber; // before reading the state: no build can fall between the two
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var cancellation = linked.Token;
        try
        {
            var state = current();
            await WriteAsync(response, "retry: 1000\n\n" + Event("hello", Payload(state, state.IsFailing ? state.Errors : null)), cancellation);
            var reader = subscriber.Messages.Reader;
            while (!cancellation.IsCancellationRequested)
            {
                using (var beat = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
                {
                    beat.CancelAfter(Heartbeat);
                    try
                    {
                        if (!await reader.WaitToReadAsync(beat.Token).ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                    catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                    {
                        // Quiet for a while: a comment line finds out whether the page is still there.
                        await WriteAsync(response, ": ping\n\n", cancellation);
                        continue;
                    }
                }

                var batch = new StringBuilder();
                while (reader.TryRead(out var message))
                {
                    batch.Append(message);
                }

                await WriteAsync(response, batch.ToString(), cancellation);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server stops.
        }
        catch (IOException)
        {
            // The connection broke.
        }
        finally
        {
            _subscribers.TryRemove(id, out _);
        }
    }

    /// <summary>Tells every connected page what the build from <paramref name="previous"/> to <paramref name="current"/> means for it.</summary>
    public void Publish(PreviewState previous, PreviewState current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        if (_subscribers.IsEmpty)
        {
            return;
        }

        if (current.IsFailing)
        {
            Broadcast(Event("errors", Payload(current, current.Errors)));
            return;
        }

        if (ChangeClassifier.StyleOnlyChanges(previous, current) is { } styles)
        {
            var urls = styles.Select(s => current.BasePath + UrlBuilder.Encode(s)).ToList();
            Broadcast(Event("css", Payload(current, errors: null, urls)));
            return;
        }

        var sharedAssetChanged = current.ChangedFiles.Any(ChangeClassifier.IsPageAsset);
        var reload = Event("reload", Payload(current, errors: null));
        var built = Event("built", Payload(current, errors: null));
        foreach (var subscriber in _subscribers.Values)
        {
            var must = subscriber.IsReviewPage
                ? current.ChangedFiles.Count > 0
                : ChangeClassifier.MustReload(subscriber.PagePath, previous, current, sharedAssetChanged);
            subscriber.Messages.Writer.TryWrite(must ? reload : built);
        }
    }

    /// <summary>Ends every stream (the server stops).</summary>
    public void CompleteAll()
    {
        foreach (var subscriber in _subscribers.Values)
        {
            subscriber.Messages.Writer.TryComplete();
        }
    }

    private void Broadcast(string message)
    {
        foreach (var subscriber in _subscribers.Values)
        {
            subscriber.Messages.Writer.TryWrite(message);
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellation)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellation).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellation).ConfigureAwait(false);
    }

    private static string Event(string name, string json) => $"event: {name}\ndata: {json}\n\n";

    private static string Payload(PreviewState state, IReadOnlyList<Diagnostic>? errors, IReadOnlyList<string>? urls = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("build", state.BuildId);
            json.WriteNumber("buildMs", (long)state.BuildTime.TotalMilliseconds);
            json.WriteNumber("changed", state.ChangedFiles.Count);
            if (urls is not null)
            {
                json.WriteStartArray("urls");
                foreach (var url in urls)
                {
                    json.WriteStringValue(url);
                }

                json.WriteEndArray();
            }

            if (errors is not null)
            {
                json.WriteStartArray("errors");
                foreach (var error in errors)
                {
                    json.WriteStartObject();
                    json.WriteString("location", error.Location.ToString());
                    json.WriteString("path", error.Location.Path);
                    json.WriteNumber("line", error.Location.Line);
                    json.WriteNumber("column", error.Location.Column);
                    json.WriteString("severity", error.IsError ? "error" : "warning");
                    json.WriteString("code", error.Code);
                    json.WriteString("message", error.Message);
                    if (error.Hint is not null)
                    {
                        json.WriteString("hint", error.Hint);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private sealed class Subscriber(string pagePath)
    {
        public string PagePath { get; } = pagePath;

        public bool IsReviewPage { get; } = pagePath.StartsWith(ReviewPage.Path, StringComparison.Ordinal);

        // A slow page keeps only the latest few events: each one describes the whole state.
        public Channel<string> Messages { get; } = Channel.CreateBounded<string>(
            new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    }
}
