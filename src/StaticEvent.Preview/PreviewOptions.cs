namespace StaticEvent.Preview;

/// <summary>How <c>staticevent serve</c> runs: what to build, where to listen, how to watch.</summary>
internal sealed record PreviewOptions
{
    /// <summary>The port tried first when none is given.</summary>
    public const int DefaultPort = 4093;

    /// <summary>The site folder (holding site.yml). The server never writes into it.</summary>
    public required string SourceDirectory { get; init; }

    /// <summary>
    /// The address to listen on: <c>127.0.0.1</c> (the default), <c>localhost</c>, <c>::1</c>, or an
    /// address that opens the preview to the network (with a printed warning).
    /// </summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port tried first; when it is taken the next ones are tried, then any free one. 0: any free port.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Show drafts and future-dated pages (always, in a preview, unless asked otherwise).</summary>
    public bool IncludeDrafts { get; init; } = true;

    /// <summary>The build date (SOURCE_DATE_EPOCH), as in <c>build</c>; null: site.yml's or now.</summary>
    public DateTimeOffset? BuildDate { get; init; }

    /// <summary>Threads for each rebuild.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Rebuild when the site's files change (off in tests that trigger rebuilds themselves).</summary>
    public bool Watch { get; init; } = true;

    /// <summary>
    /// How long the watcher waits after the last change before rebuilding: editors save in several
    /// steps (write a temporary file, rename, touch), and one rebuild should see them all. 30 ms
    /// covers those steps; a change that arrives during a rebuild triggers one more.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>More names accepted in the Host header, besides localhost, 127.0.0.1, [::1] and the bound host.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];
}
