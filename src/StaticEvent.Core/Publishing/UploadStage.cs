namespace StaticEvent.Publishing;

/// <summary>
/// The order files go up in, so that no visitor gets a page whose stylesheet is not there yet, nor
/// a feed or sitemap that names a page not there yet.
/// </summary>
internal enum UploadStage
{
    /// <summary>Stylesheets, scripts, images, fonts: everything a page loads.</summary>
    Assets,

    /// <summary>HTML pages.</summary>
    Pages,

    /// <summary>Feeds, the sitemap, robots.txt and the programme's exports (.ics, .json, .xml).</summary>
    Documents,
}
