using StaticEvent.Scaffolding;

namespace StaticEvent.Tests.Preview;

/// <summary>
/// A site as <c>new site</c> writes it (built-in theme, no themes/ folder), in a temp folder, and
/// the edits a new user makes to it during a preview, each a list of steps built one after the
/// other: content, site i18n overrides (of a language with a theme file, of languages whose
/// strings come by fallback: en-AU → en, pt-PT → pt), the <c>digits</c> setting, and site files
/// that override one file of the built-in theme.
/// </summary>
public static class StarterSiteEdits
{
    /// <summary>The languages: de (default) with a theme file, en-AU and pt-PT without, fa and ar for digits.</summary>
    public static readonly string[] Languages = ["de", "en-AU", "pt-PT", "fa", "ar"];

    /// <summary>One build date for every build, so a full build and the preview agree on "now".</summary>
    public static readonly DateTimeOffset BuildDate = new(2026, 9, 2, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The names of the edits, for <see cref="Steps"/>.</summary>
    public static readonly string[] Kinds =
    [
        "content page",
        "site i18n override added then deleted",
        "fallback language override added, edited, deleted",
        "fallback language override with another casing",
        "the language a fallback comes from",
        "digits",
        "layout override added then deleted",
        "theme file override added then deleted",
    ];

    /// <summary>Writes the starter site into <paramref name="folder"/>.</summary>
    public static void Write(string folder)
    {
        var request = new SiteScaffold.Request("Open Data Summit 2026", Languages, "de", "Europe/Berlin",
            new DateOnly(2026, 10, 23), new DateOnly(2026, 10, 27), new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        Assert.Empty(SiteScaffold.Check(request));
        foreach (var (path, text) in SiteScaffold.Files(request))
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    /// <summary>The steps of an edit: each changes files and returns the site paths it touched.</summary>
    public static IReadOnlyList<Func<string, IReadOnlyList<string>>> Steps(string kind) => kind switch
    {
        "content page" =>
        [
            folder => Replace(folder, "content/about.de.md", "\n\n", "\n\nEin neuer erster Absatz.\n\n"),
        ],
        "site i18n override added then deleted" =>
        [
            folder => Write(folder, "i18n/de.yml", "nav:\n  home: \"Zur Startseite\"\n"),
            folder => Delete(folder, "i18n/de.yml"),
        ],
        "fallback language override added, edited, deleted" =>
        [
            folder => Write(folder, "i18n/en-AU.yml", "home:\n  latest: \"Latest news, mate\"\n"),
            folder => Write(folder, "i18n/en-AU.yml", "home:\n  latest: \"Fresh news\"\nexport:\n  speakers: \"Presenters:\"\n"),
            folder => Delete(folder, "i18n/en-AU.yml"),
        ],
        "fallback language override with another casing" =>
        [
            folder => Write(folder, "i18n/PT-pt.yml", "nav:\n  home: \"Página inicial\"\n"),
            folder => Write(folder, "i18n/PT-pt.yml", "nav:\n  home: \"Início do sítio\"\n"),
        ],
        "the language a fallback comes from" =>
        [
            folder => Write(folder, "i18n/en.yml", "home:\n  latest: \"What's new\"\n"),
            folder => Write(folder, "i18n/pt.yml", "home:\n  latest: \"Novidades\"\n"),
            folder => Delete(folder, "i18n/en.yml"),
        ],
        "digits" =>
        [
            folder => Replace(folder, "site.yml", "  - code: fa\n", "  - code: fa\n    digits: latin\n"),
            folder => Replace(folder, "site.yml", "  - code: ar\n", "  - code: ar\n    digits: native\n"),
            folder => Replace(folder, "site.yml", "    digits: latin\n", string.Empty),
        ],
        "layout override added then deleted" =>
        [
            folder => Write(folder, "layouts/partials/event-dates.sbn", "{{ site.params.eventStart }} / {{ site.params.eventEnd }}"),
            folder => Delete(folder, "layouts/partials/event-dates.sbn"),
        ],
        "theme file override added then deleted" =>
        [
            folder => Write(folder, "themes/default/static/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n"),
            folder => Delete(folder, "themes/default/static/favicon.svg"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such edit"),
    };

    private static IReadOnlyList<string> Write(string folder, string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return [path];
    }

    private static IReadOnlyList<string> Replace(string folder, string path, string oldText, string newText)
    {
        var text = File.ReadAllText(Path.Combine(folder, path));
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{oldText}' is not in {path}");
        return Write(folder, path, text[..at] + newText + text[(at + oldText.Length)..]);
    }

    private static IReadOnlyList<string> Delete(string folder, string path)
    {
        File.Delete(Path.Combine(folder, path));
        return [path];
    }
}
