using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using StaticEvent.Parsing;

namespace StaticEvent.Rendering;

/// <summary>
/// The hash of each parsed document's body, kept as long as the document lives. With the
/// <see cref="ParseCache"/>, an unchanged file is the same document in the next build, so its
/// body (most of what a page's fingerprint reads) is hashed once, not on every rebuild.
/// </summary>
internal sealed class BodyHashes
{
    private readonly ConditionalWeakTable<SourceDocument, string> _hashes = [];

    public string Of(SourceDocument document) =>
        _hashes.GetValue(document, d => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(d.Body))));
}
