namespace StaticEvent.Publishing;

/// <summary>An object found in the bucket: its key below the target's prefix, its ETag (without quotes) and size.</summary>
internal sealed record RemoteObject(string Path, string ETag, long Size);
