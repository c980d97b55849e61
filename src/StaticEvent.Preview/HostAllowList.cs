using System.Net;
using System.Net.NetworkInformation;

namespace StaticEvent.Preview;

/// <summary>
/// The names a request may carry in its Host header (and a live-reload request in its Origin):
/// localhost, 127.0.0.1, [::1], the address the server is bound to, and any configured ones.
/// Anything else is refused, so a web page whose name was rebound to 127.0.0.1 (DNS rebinding)
/// cannot read the preview, drafts included.
/// </summary>
internal sealed class HostAllowList
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase) { "localhost", "127.0.0.1", "[::1]", "::1" };

    /// <param name="boundHost">The host the server listens on, as given with <c>--host</c>.</param>
    /// <param name="extra">More names to accept.</param>
    public HostAllowList(string boundHost, IEnumerable<string> extra)
    {
        ArgumentNullException.ThrowIfNull(boundHost);
        Add(boundHost);
        foreach (var name in extra)
        {
            Add(name);
        }

        // Listening on every interface: visitors use this machine's name or one of its addresses.
        if (IPAddress.TryParse(boundHost.Trim('[', ']'), out var address) && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)))
        {
            Add(Environment.MachineName);
            Add(Dns.GetHostName());
            foreach (var local in NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses))
            {
                Add(local.Address.ToString());
            }
        }
    }

    /// <summary>Whether <paramref name="host"/> (a Host header's name, without the port) is accepted.</summary>
    public bool Allows(string? host) => !string.IsNullOrEmpty(host) && _names.Contains(host.TrimEnd('.'));

    private void Add(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        name = name.Trim();
        _names.Add(name);
        if (IPAddress.TryParse(name.Trim('[', ']'), out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bare = address.ToString();
            _names.Add(bare);
            _names.Add($"[{bare}]");
        }
    }
}
