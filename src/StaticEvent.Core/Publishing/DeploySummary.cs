namespace StaticEvent.Publishing;

/// <summary>What a deploy did.</summary>
internal sealed record DeploySummary(int Uploaded, int Deleted, int Unchanged, long BytesUploaded, TimeSpan Elapsed);
