namespace StaticEvent.Configuration;

/// <summary>
/// One place <c>staticevent deploy</c> can publish to: an S3-compatible bucket (<c>deploy:</c> in
/// site.yml). Holds no credentials: those come only from the AWS SDK's standard chain.
/// </summary>
internal sealed record DeployTarget
{
    /// <summary>The name given on the command line, such as <c>production</c>.</summary>
    public required string Name { get; init; }

    public required string Bucket { get; init; }

    /// <summary>A folder inside the bucket, empty or ending with <c>/</c>.</summary>
    public string Prefix { get; init; } = string.Empty;

    /// <summary>The region, such as <c>eu-west-3</c>; <c>auto</c> for Cloudflare R2.</summary>
    public string? Region { get; init; }

    /// <summary>The storage's address when it is not AWS (R2, MinIO, B2, Scaleway…).</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Addresses objects as <c>endpoint/bucket/key</c> rather than <c>bucket.endpoint/key</c> (MinIO and most self-hosted servers).</summary>
    public bool PathStyle { get; init; }
}
