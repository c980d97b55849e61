using System.Net;
using System.Net.Sockets;
using System.Text;

namespace StaticEvent.Tests.Preview;

/// <summary>
/// Sends a request line exactly as written (like <c>curl --path-as-is</c>): HttpClient would
/// normalize <c>..</c> and backslashes before they ever reach the server.
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Head, byte[] Body)> SendAsync(Uri server, string method, string target, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Port);
        var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {host ?? $"127.0.0.1:{server.Port}"}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));

        using var timeout = new CancellationTokenSource(PreviewHarness.Timeout);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, timeout.Token);
        var bytes = memory.ToArray();
        var split = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        Assert.True(split > 0, "no HTTP response: " + Encoding.Latin1.GetString(bytes));
        var head = Encoding.Latin1.GetString(bytes, 0, split);
        var status = int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, head, bytes[(split + 4)..]);
    }
}
