namespace StaticEvent.Publishing;

/// <summary>
/// What a deploy will do: the files to upload (in <see cref="UploadStage"/> order), the objects to
/// delete and how many are already as they should be. Made from the bucket as it is, not from a
/// record of the last run, so a deploy that was cut off is finished by the next one.
/// </summary>
internal sealed class DeployPlan
{
    private DeployPlan(IReadOnlyList<PublishedFile> uploads, IReadOnlyList<string> deletes, IReadOnlyList<PublishedFile> unchanged, IReadOnlyDictionary<string, string> etags)
    {
        Uploads = uploads;
        Deletes = deletes;
        Unchanged = unchanged;
        UnchangedETags = etags;
    }

    /// <summary>New and changed files, assets first, then pages, then documents.</summary>
    public IReadOnlyList<PublishedFile> Uploads { get; }

    /// <summary>Objects below the prefix that the build no longer makes, sorted.</summary>
    public IReadOnlyList<string> Deletes { get; }

    /// <summary>Files already stored with the same bytes and headers.</summary>
    public IReadOnlyList<PublishedFile> Unchanged { get; }

    /// <summary>The ETag of each unchanged file, for the next manifest.</summary>
    public IReadOnlyDictionary<string, string> UnchangedETags { get; }

    public long UploadBytes => Uploads.Sum(f => f.Length);

    public bool IsEmpty => Uploads.Count == 0 && Deletes.Count == 0;

    /// <summary>
    /// A file is unchanged when an object at its path has its bytes (the ETag is their MD5, or the
    /// manifest saw this ETag given for them) and, as far as the manifest knows, its headers.
    /// </summary>
    public static DeployPlan Create(IReadOnlyList<PublishedFile> files, IReadOnlyList<RemoteObject> remote, DeployManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(manifest);
        var stored = remote.Where(o => o.Path != DeployManifest.FileName).ToDictionary(o => o.Path, StringComparer.Ordinal);
        var uploads = new List<PublishedFile>();
        var unchanged = new List<PublishedFile>();
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (stored.TryGetValue(file.Path, out var current) && IsCurrent(file, current, manifest.Entries.GetValueOrDefault(file.Path)))
            {
                unchanged.Add(file);
                etags[file.Path] = current.ETag;
            }
            else
            {
                uploads.Add(file);
            }
        }

        var wanted = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var deletes = stored.Keys.Where(path => !wanted.Contains(path)).Order(StringComparer.Ordinal).ToList();
        return new DeployPlan([.. uploads.OrderBy(f => f.Stage).ThenBy(f => f.Path, StringComparer.Ordinal)], deletes, unchanged, etags);
    }

    private static bool IsCurrent(PublishedFile file, RemoteObject current, DeployManifest.Entry? entry)
    {
        if (current.Size != file.Length)
        {
            return false;
        }

        var sameBytes = string.Equals(current.ETag, file.Md5, StringComparison.OrdinalIgnoreCase)
            || (entry is not null && entry.Md5 == file.Md5 && entry.ETag == current.ETag);
        return sameBytes && (entry is null || entry.Headers == file.HeaderSignature);
    }
}
