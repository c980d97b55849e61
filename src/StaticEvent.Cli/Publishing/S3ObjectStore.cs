using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using StaticEvent.Configuration;
using StaticEvent.Publishing;

namespace StaticEvent.Cli.Publishing;

/// <summary>
/// A <see cref="IObjectStore"/> on S3 or any S3-compatible storage, with the AWS SDK for .NET.
/// Credentials come only from the SDK's standard chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,
/// AWS_PROFILE and ~/.aws, the instance's role…): site.yml never holds them and nothing prints them.
/// </summary>
internal sealed class S3ObjectStore : IObjectStore, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly DeployTarget _target;

    public S3ObjectStore(DeployTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _target = target;
        var config = new AmazonS3Config
        {
            ForcePathStyle = target.PathStyle,
            // Only the checksums S3 requires: R2, MinIO, B2 and older S3-compatibles reject or
            // mishandle the newer default ones (and the chunked uploads that carry them).
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (target.Endpoint is not null)
        {
            config.ServiceURL = target.Endpoint.AbsoluteUri;
            config.AuthenticationRegion = target.Region ?? "us-east-1";
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(target.Region ?? "us-east-1");
        }

        // No credentials given: the SDK's default chain finds them.
        _client = new AmazonS3Client(config);
    }

    public async Task<IReadOnlyList<RemoteObject>> ListAsync(CancellationToken cancellation)
    {
        var objects = new List<RemoteObject>();
        var request = new ListObjectsV2Request { BucketName = _target.Bucket, Prefix = _target.Prefix.Length == 0 ? null : _target.Prefix };
        do
        {
            var response = await _client.ListObjectsV2Async(request, cancellation).ConfigureAwait(false);
            foreach (var item in response.S3Objects ?? [])
            {
                objects.Add(new RemoteObject(item.Key[_target.Prefix.Length..], Unquote(item.ETag), item.Size ?? 0));
            }

            request.ContinuationToken = response.IsTruncated == true ? response.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);

        return objects;
    }

    public async Task<byte[]?> GetAsync(string path, CancellationToken cancellation)
    {
        try
        {
            using var response = await _client.GetObjectAsync(_target.Bucket, _target.Prefix + path, cancellation).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, cancellation).ConfigureAwait(false);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<string> PutAsync(string path, byte[] body, string contentType, string cacheControl, string? contentLanguage, CancellationToken cancellation)
    {
        using var stream = new MemoryStream(body, writable: false);
        var request = new PutObjectRequest
        {
            BucketName = _target.Bucket,
            Key = _target.Prefix + path,
            InputStream = stream,
            ContentType = contentType,
            UseChunkEncoding = false,
        };
        request.Headers.CacheControl = cacheControl;
        if (contentLanguage is not null)
        {
            request.Headers["Content-Language"] = contentLanguage;
        }

        var response = await _client.PutObjectAsync(request, cancellation).ConfigureAwait(false);
        return Unquote(response.ETag);
    }

    public Task DeleteAsync(string path, CancellationToken cancellation) =>
        _client.DeleteObjectAsync(_target.Bucket, _target.Prefix + path, cancellation);

    public void Dispose() => _client.Dispose();

    private static string Unquote(string? etag) => (etag ?? string.Empty).Trim('"');
}
