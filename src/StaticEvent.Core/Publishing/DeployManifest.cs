using System.Text.Json;
using System.Text.Json.Serialization;

namespace StaticEvent.Publishing;

/// <summary>
/// What the last deploy stored, kept as one object beside the site (<see cref="FileName"/>): for each
/// path, the MD5 of the bytes sent, the ETag the storage answered and the headers. With it a deploy
/// knows an object unchanged even where the ETag is no MD5 (encrypted buckets, some S3-compatibles),
/// and sees a change of headers alone (a new Cache-Control in site.yml).
/// </summary>
internal sealed class DeployManifest
{
    /// <summary>The manifest's key below the target's prefix; never deleted, never listed as a page.</summary>
    public const string FileName = ".staticevent-deploy.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public DeployManifest(IReadOnlyDictionary<string, Entry> entries)
    {
        Entries = entries;
    }

    public static DeployManifest Empty { get; } = new(new Dictionary<string, Entry>());

    public IReadOnlyDictionary<string, Entry> Entries { get; }

    /// <summary>The manifest in <paramref name="bytes"/>; empty when there are none or they are not one (a manifest can always be rebuilt).</summary>
    public static DeployManifest Parse(byte[]? bytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return Empty;
        }

        try
        {
            var document = JsonSerializer.Deserialize<Document>(bytes, Json);
            return document?.Files is { } files ? new DeployManifest(new Dictionary<string, Entry>(files, StringComparer.Ordinal)) : Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    public byte[] ToBytes() =>
        JsonSerializer.SerializeToUtf8Bytes(new Document(1, new SortedDictionary<string, Entry>(Entries.ToDictionary(), StringComparer.Ordinal)), Json);

    /// <summary>One stored object.</summary>
    public sealed record Entry(
        [property: JsonPropertyName("md5")] string Md5,
        [property: JsonPropertyName("etag")] string ETag,
        [property: JsonPropertyName("headers")] string Headers);

    private sealed record Document(
        [property: JsonPropertyName("version")] int Version,
        [property: JsonPropertyName("files")] IDictionary<string, Entry>? Files);
}
