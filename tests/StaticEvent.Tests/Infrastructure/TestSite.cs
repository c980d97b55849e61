using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticEvent.Diagnostics;
using StaticEvent.IO;
using StaticEvent.Output;

namespace StaticEvent.Tests.Infrastructure;

/// <summary>
/// A whole site written inline, Hugo-txtar style: <c>-- path --</c> lines start each file. Builds
/// in memory and gives the output and diagnostics to assert on.
/// </summary>
public sealed class TestSite
{
    private readonly MemoryFileSource _files = new();

    private TestSite()
    {
    }

    public static TestSite Parse(string text)
    {
        var site = new TestSite();
        string? path = null;
        var body = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal))
            {
                Flush();
                path = line[3..^3].Trim();
                continue;
            }

            body.Add(line);
        }

        Flush();
        return site;

        void Flush()
        {
            if (path is not null)
            {
                site._files.Add(path, string.Join('\n', body).TrimEnd('\n') + "\n");
            }

            body.Clear();
        }
    }

    /// <summary>A minimal theme and two languages (fr, ar); files in <paramref name="extra"/> are added or replace them.</summary>
    /// <param name="extra">Files to add or replace, in the same format.</param>
    /// <param name="baseUrl">The site's baseUrl.</param>
    /// <param name="menuRef">The one entry of the main menu.</param>
    public static TestSite WithBaseTheme(string extra = "", string baseUrl = "https://example.org/", string menuRef = "_index") =>
        Parse(BaseTheme.Replace("BASEURL", baseUrl, StringComparison.Ordinal).Replace("MENUREF", menuRef, StringComparison.Ordinal) + "\n" + extra);

    public TestSite With(string path, string text)
    {
        _files.Add(path, text);
        return this;
    }

    public TestSite With(string path, byte[] bytes)
    {
        _files.Add(path, bytes);
        return this;
    }

    /// <summary>Writes the site's files into a folder on disk, for tests of the real CLI.</summary>
    public void WriteTo(string folder)
    {
        foreach (var path in _files.ListFiles(string.Empty))
        {
            var full = System.IO.Path.Combine(folder, path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, _files.ReadAllBytes(path));
        }
    }

    public BuildOutcome Build(bool drafts = false, int parallelism = 2)
    {
        var sink = new MemoryOutputSink();
        var options = new BuildOptions { SourceDirectory = "(memory)", IncludeDrafts = drafts, MaxParallelism = parallelism };
        var result = SiteBuilder.Build(_files, sink, options);
        return new BuildOutcome(result, sink);
    }

    /// <summary>Builds into <paramref name="sink"/> with the given options (a cache folder, say).</summary>
    public BuildResult BuildInto(IOutputSink sink, BuildOptions options) => SiteBuilder.Build(_files, sink, options);

    public const string BaseTheme = """
        -- site.yml --
        baseUrl: BASEURL
        defaultLanguage: fr
        timeZone: Africa/Casablanca
        buildDate: 2025-11-27T18:00:00+01:00
        languages:
          - code: fr
            name: Français
            culture: fr-FR
            title: Site FR
            sections: { news: actualites, tags: sujets }
          - code: ar
            name: العربية
            culture: ar-MA
            direction: rtl
            title: موقع
            sections: { news: akhbar }
        menus:
          main:
            - ref: MENUREF
        -- themes/default/layouts/base.sbn --
        <!DOCTYPE html>
        <html lang="{{ lang.code }}" dir="{{ lang.dir }}"><head><title>{{ page.title }}</title>
        {{ for l in page.languages }}{{ if l.translated }}<link rel="alternate" hreflang="{{ l.code }}" href="{{ l.permalink }}">{{ end }}{{ end }}
        </head><body><nav>{{ for item in site.menus.main }}<a class="menu" href="{{ item.url }}">{{ item.name }}</a>{{ end }}</nav>
        <main>{{ main }}</main></body></html>
        -- themes/default/layouts/home.sbn --
        <h1>{{ page.title }}</h1>{{ page.content }}
        -- themes/default/layouts/list.sbn --
        <h1>{{ page.title }}</h1><ul>{{ for p in paginator.items }}<li><a class="item" href="{{ p.url }}">{{ p.title }}</a></li>{{ end }}</ul>
        -- themes/default/layouts/page.sbn --
        <h1>{{ page.title }}</h1>{{ page.content }}
        -- themes/default/layouts/article.sbn --
        <h1>{{ page.title }}</h1><time datetime="{{ iso_date page.date }}">{{ format_date page.date "long" }}</time>{{ page.content }}{{ for t in page.tags }}<a class="tag" href="{{ t.url }}">{{ t.name }}</a>{{ end }}
        -- themes/default/layouts/404.sbn --
        <h1>{{ t "notfound" }}</h1>
        -- themes/default/layouts/languages.sbn --
        {{ for l in site.languages }}<a href="{{ l.url }}">{{ l.name }}</a>{{ end }}
        -- themes/default/i18n/fr.yml --
        notfound: Page introuvable
        -- themes/default/i18n/ar.yml --
        notfound: الصفحة غير موجودة
        -- content/_index.fr.md --
        ---
        title: Accueil
        ---
        Bienvenue.
        -- content/_index.ar.md --
        ---
        title: الرئيسية
        ---
        مرحبا.
        """;
}

/// <summary>The result of a test build: diagnostics and files, with HTML parsing helpers.</summary>
public sealed record BuildOutcome(BuildResult Result, MemoryOutputSink Output)
{
    private static readonly HtmlParser Parser = new();

    public IReadOnlyList<Diagnostic> Errors => Result.Diagnostics.Where(d => d.IsError).ToList();

    public bool Has(string path) => Output.Files.ContainsKey(path);

    public string Text(string path) => Output.Files.ContainsKey(path)
        ? Output.Text(path)
        : throw new Xunit.Sdk.XunitException($"'{path}' was not written. Files: {string.Join(", ", Output.Files.Keys.Order())}\n{Describe()}");

    public IDocument Html(string path) => Parser.ParseDocument(Text(path));

    public string Describe() => string.Join("\n", Result.Diagnostics.Select(d => d.ToString()));

    public BuildOutcome AssertSuccess()
    {
        Assert.True(Result.Succeeded, "the build failed:\n" + Describe());
        return this;
    }

    /// <summary>Asserts one diagnostic with this code at exactly this place.</summary>
    public Diagnostic AssertDiagnostic(string code, string path, int line, int column)
    {
        var match = Result.Diagnostics.FirstOrDefault(d => d.Code == code && d.Location.Path == path && d.Location.Line == line && d.Location.Column == column);
        Assert.True(match is not null, $"expected {code} at {path}:{line}:{column}; got:\n{Describe()}");
        return match!;
    }
}
