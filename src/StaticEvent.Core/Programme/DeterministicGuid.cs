using System.Security.Cryptography;
using System.Text;

namespace StaticEvent.Programme;

/// <summary>
/// Name-based UUIDs (version 5, SHA-1, RFC 9562 §5.5): the same name always gives the same UUID,
/// so exports keep their ids from one build to the next and apps can follow a session when it
/// moves. Never random.
/// </summary>
internal static class DeterministicGuid
{
    /// <summary>The RFC's URL namespace, <c>6ba7b811-9dad-11d1-80b4-00c04fd430c8</c> (what pretalx and frab use too).</summary>
    public static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>
    /// The version-5 UUID of <paramref name="name"/> in <paramref name="namespaceId"/>.
    /// Example: <c>Create(DnsNamespace, "python.org")</c> is <c>886313e1-3b8a-5372-9b90-0c9aee199e5d</c>.
    /// </summary>
    public static Guid Create(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> ns = stackalloc byte[16];
        namespaceId.TryWriteBytes(ns, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        ns.CopyTo(input);
        nameBytes.CopyTo(input, 16);

        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 9562 defines UUIDv5 with SHA-1; it names, it does not protect.
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>
    /// The UUID of a session of a site: the same for every language and every build. The site is
    /// <see cref="ScheduleExportOptions.UidDomainOf"/> its base URL (<c>example.org/ga93</c>), so the name
    /// is the session's address on it, <c>https://example.org/ga93/#session/opening</c>.
    /// </summary>
    public static Guid ForSession(string site, string sessionId) => Create(UrlNamespace, $"https://{site}/#session/{sessionId}");

    public static Guid ForSpeaker(string site, string speakerId) => Create(UrlNamespace, $"https://{site}/#speaker/{speakerId}");

    public static Guid ForRoom(string site, string roomId) => Create(UrlNamespace, $"https://{site}/#room/{roomId}");
}
