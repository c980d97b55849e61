using System.Text.Json;

namespace StaticEvent.Tests.Preview;

/// <summary>Reads server-sent events from a live-reload stream, one event at a time.</summary>
public sealed class EventStream : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    public EventStream(HttpResponseMessage response)
    {
        _response = response;
        _reader = new StreamReader(response.Content.ReadAsStream());
    }

    /// <summary>The next event (comments and retry lines skipped), within <see cref="PreviewHarness.Timeout"/>.</summary>
    public async Task<(string Name, JsonElement Data)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(PreviewHarness.Timeout);
        string? name = null;
        string? data = null;
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("the event stream ended");
            if (line.Length == 0)
            {
                if (name is not null && data is not null)
                {
                    return (name, JsonDocument.Parse(data).RootElement.Clone());
                }

                continue;
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }
    }

    /// <summary>The next event with one of <paramref name="names"/>, skipping the others.</summary>
    public async Task<(string Name, JsonElement Data)> NextNamedAsync(params string[] names)
    {
        while (true)
        {
            var next = await NextAsync();
            if (names.Contains(next.Name))
            {
                return next;
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
