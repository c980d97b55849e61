namespace StaticEvent.Publishing;

/// <summary>
/// The few object-storage calls a deploy needs, by key relative to the target's prefix. The S3
/// implementation lives in the CLI (it brings the AWS SDK); tests use one in memory.
/// </summary>
internal interface IObjectStore
{
    /// <summary>Every object below the prefix.</summary>
    Task<IReadOnlyList<RemoteObject>> ListAsync(CancellationToken cancellation);

    /// <summary>The object's bytes, or null when there is none.</summary>
    Task<byte[]?> GetAsync(string path, CancellationToken cancellation);

    /// <summary>Stores <paramref name="body"/> with its headers; returns the new ETag (without quotes).</summary>
    Task<string> PutAsync(string path, byte[] body, string contentType, string cacheControl, string? contentLanguage, CancellationToken cancellation);

    Task DeleteAsync(string path, CancellationToken cancellation);
}
