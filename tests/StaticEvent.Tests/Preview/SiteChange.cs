namespace StaticEvent.Tests.Preview;

/// <summary>The kinds of edit an editor, a programme manager or a theme author makes during a preview.</summary>
public static class SiteChange
{
    public static TheoryData<string> All =>
    [
        "article body",
        "article title",
        "add page",
        "delete page",
        "template",
        "css",
        "i18n",
        "site.yml",
        "schedule",
    ];

    /// <summary>Makes the change named <paramref name="kind"/> in <paramref name="site"/>'s folder.</summary>
    public static void Apply(PreviewSite site, string kind)
    {
        switch (kind)
        {
            case "article body":
                site.Replace(PreviewSite.Article, "Le premier paragraphe", "Un tout autre paragraphe");
                break;
            case "article title":
                site.Replace(PreviewSite.Article, "title: Bienvenue à Marrakech", "title: Bienvenue au Maroc");
                break;
            case "add page":
                site.Write("content/news/new-page.fr.md", "---\ntitle: Une nouvelle page\ndate: 2025-11-23\n---\nToute neuve.\n");
                break;
            case "delete page":
                File.Delete(site.PathOf("content/news/only-french.fr.md"));
                break;
            case "template":
                site.Replace("themes/default/layouts/article.sbn", "<h1>", "<h1 class=\"title\">");
                break;
            case "css":
                site.Replace(PreviewSite.Stylesheet, "rgb(10, 20, 30)", "rgb(200, 0, 0)");
                break;
            case "i18n":
                site.Replace("themes/default/i18n/fr.yml", "footer: Pied de page", "footer: Bas de page");
                break;
            case "site.yml":
                site.Replace("site.yml", "title: Site FR", "title: Mon site");
                break;
            case "schedule":
                site.Replace("data/schedule.yml", "title: { fr: Ouverture", "title: { fr: Séance d’ouverture");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such change");
        }
    }

    /// <summary>The paths whose bytes differ between two builds (added, removed or changed).</summary>
    public static SortedSet<string> Differences(IReadOnlyDictionary<string, byte[]> before, IReadOnlyDictionary<string, byte[]> after)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, bytes) in after)
        {
            if (!before.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(bytes))
            {
                paths.Add(path);
            }
        }

        paths.UnionWith(before.Keys.Where(p => !after.ContainsKey(p)));
        return paths;
    }
}
