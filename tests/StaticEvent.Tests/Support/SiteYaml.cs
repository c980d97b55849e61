using System.Text.RegularExpressions;

namespace StaticEvent.Tests.Support;

/// <summary>Reads the few top-level keys of a site's <c>site.yml</c> that the site tests need.</summary>
public static partial class SiteYaml
{
    /// <summary>
    /// The top-level <c>baseUrl</c> of <paramref name="siteYmlPath"/>, with a trailing <c>/</c>;
    /// null when the file or the key is missing or the value is not an absolute http(s) URL.
    /// </summary>
    public static Uri? ReadBaseUrl(string siteYmlPath)
    {
        if (!File.Exists(siteYmlPath))
        {
            return null;
        }

        var match = BaseUrlLine().Match(File.ReadAllText(siteYmlPath));
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["value"].Value.Trim();
        if (!value.EndsWith('/'))
        {
            value += "/";
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;
    }

    // A plain regex, not a YAML parser: the key is a top-level scalar, and this keeps the test
    // support free of the engine's own YAML handling.
    [GeneratedRegex("""^baseUrl:[ \t]*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s#]+))""", RegexOptions.Multiline)]
    private static partial Regex BaseUrlLine();
}
