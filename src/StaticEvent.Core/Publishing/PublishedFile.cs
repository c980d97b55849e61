namespace StaticEvent.Publishing;

/// <summary>One file of the built site as a host must serve it: its headers and its content hash.</summary>
/// <param name="Path">Relative to the output folder, with <c>/</c> separators (the object key below the prefix).</param>
/// <param name="FullPath">The file on disk.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Md5">The lowercase hex MD5 of its bytes: what S3 gives as the ETag of a one-part upload.</param>
/// <param name="ContentType">With its charset for text.</param>
/// <param name="CacheControl">Immutable for fingerprinted assets, short for the rest.</param>
/// <param name="ContentLanguage">The language of the folder it is in, or null at the root.</param>
/// <param name="Stage">When it goes up.</param>
internal sealed record PublishedFile(string Path, string FullPath, long Length, string Md5, string ContentType, string CacheControl, string? ContentLanguage, UploadStage Stage)
{
    /// <summary>The headers in one string: a change of any of them is a change of the object.</summary>
    public string HeaderSignature => $"{ContentType}|{CacheControl}|{ContentLanguage}";
}
