namespace StaticEvent.Publishing;

/// <summary>What a deploy did.</summary>
public sealed record DeploySummary(int Uploaded, int Deleted, int Unchanged, long BytesUploaded, TimeSpan Elapsed);
