using StaticEvent.Tests.Infrastructure;

namespace StaticEvent.Tests.Preview;

/// <summary>
/// A small two-language site (fr, ar) for the preview tests, written to a fresh temp folder:
/// articles with a translation, one without, a draft, a stylesheet linked with a fingerprint,
/// a programme from data/schedule.yml, and 404 pages per language. Deleted on dispose.
/// </summary>
public sealed class PreviewSite : IDisposable
{
    /// <summary>The French article that most tests edit.</summary>
    public const string Article = "content/news/welcome.fr.md";

    /// <summary>Its page's path on the server.</summary>
    public const string ArticleUrl = "/fr/actualites/welcome/";

    /// <summary>Its page's output file.</summary>
    public const string ArticleFile = "fr/actualites/welcome/index.html";

    public const string Stylesheet = "themes/default/static/css/site.css";

    public const string Files = """
        -- themes/default/layouts/base.sbn --
        <!DOCTYPE html>
        <html lang="{{ lang.code }}" dir="{{ lang.dir }}"><head><meta charset="utf-8"><title>{{ page.title }}</title>
        <link rel="stylesheet" href="{{ asset "css/site.css" }}">
        </head><body><nav>{{ for item in site.menus.main }}<a class="menu" href="{{ item.url }}">{{ item.name }}</a>{{ end }}</nav>
        <main>{{ main }}</main><footer>{{ t "footer" }}</footer></body></html>
        -- themes/default/static/css/site.css --
        h1 { color: rgb(10, 20, 30); }
        -- themes/default/i18n/fr.yml --
        notfound: Page introuvable
        footer: Pied de page
        -- themes/default/i18n/ar.yml --
        notfound: الصفحة غير موجودة
        footer: تذييل
        -- themes/default/layouts/schedule.sbn --
        <h1>{{ page.title }}</h1>
        {{ for day in schedule.days }}{{ for s in day.sessions }}<p class="session"><a href="{{ s.url }}">{{ s.title }}</a></p>{{ end }}{{ end }}
        -- themes/default/layouts/session.sbn --
        <h1>{{ session.title }}</h1>{{ for p in session.speakers }}<a class="speaker" href="{{ p.url }}">{{ p.name }}</a>{{ end }}
        -- themes/default/layouts/speaker.sbn --
        <h1>{{ speaker.name }}</h1>{{ for s in speaker.sessions }}<a class="s" href="{{ s.url }}">{{ s.title }}</a>{{ end }}
        -- data/schedule.yml --
        event:
          start: 2025-11-24
          end: 2025-11-25
        sessions:
          - id: opening
            start: 2025-11-24T10:30
            end: 2025-11-24T11:30
            speakers: [ana]
            title: { fr: Ouverture, ar: الافتتاح }
        -- data/speakers.yml --
        speakers:
          - id: ana
            name: { fr: Ana López, ar: آنا لوبيث }
        -- content/news/_index.fr.md --
        ---
        title: Actualités
        ---
        -- content/news/_index.ar.md --
        ---
        title: أخبار
        ---
        -- content/news/welcome.fr.md --
        ---
        title: Bienvenue à Marrakech
        date: 2025-11-20
        ---
        Le premier paragraphe de l’article.
        -- content/news/welcome.ar.md --
        ---
        title: مرحبا بكم في مراكش
        date: 2025-11-20
        ---
        الفقرة الأولى.
        -- content/news/only-french.fr.md --
        ---
        title: Seulement en français
        date: 2025-11-21
        ---
        Pas encore traduit.
        -- content/news/work-in-progress.fr.md --
        ---
        title: Brouillon du discours
        date: 2025-11-22
        draft: true
        ---
        À relire.
        """;

    public PreviewSite(string extra = "", string baseUrl = "https://example.org/")
    {
        Site = TestSite.WithBaseTheme(Files + "\n" + extra, baseUrl);
        Directory = System.IO.Directory.CreateTempSubdirectory("staticevent-preview-").FullName;
        Site.WriteTo(Directory);
    }

    /// <summary>The site folder.</summary>
    public string Directory { get; }

    /// <summary>The site as first written, to build in memory.</summary>
    public TestSite Site { get; }

    /// <summary>The full path of a site file.</summary>
    public string PathOf(string relative) => System.IO.Path.Combine(Directory, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Writes a site file, creating its folder.</summary>
    public void Write(string relative, string text)
    {
        var full = PathOf(relative);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Replaces text in a site file; the text must be there.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>A full, fresh build of the folder as it is now, in memory, as the preview builds it (drafts included).</summary>
    public BuildOutcome BuildFresh()
    {
        var sink = new StaticEvent.Output.MemoryOutputSink();
        var options = new BuildOptions { SourceDirectory = Directory, IncludeDrafts = true, MaxParallelism = 2 };
        var result = SiteBuilder.Build(new StaticEvent.IO.PhysicalFileSource(Directory), sink, options);
        return new BuildOutcome(result, sink);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}
