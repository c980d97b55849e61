using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticEvent.Configuration;
using StaticEvent.Diagnostics;
using StaticEvent.IO;

namespace StaticEvent.Rendering;

/// <summary>
/// Finds and parses layouts and partials: the site's <c>layouts/</c> first, then the theme's.
/// Each file is parsed once per build and shared by every render (a parsed Template is
/// thread-safe). Includes resolve only to partials inside these two folders.
/// </summary>
internal sealed class ThemeTemplates : ITemplateLoader
{
    public const string Extension = ".sbn";

    private readonly ConcurrentDictionary<string, Lazy<Template?>> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly IFileSource _source;
    private readonly DiagnosticBag _diagnostics;

    public ThemeTemplates(IFileSource source, SiteConfig config, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
        ThemeRoot = $"themes/{config.Theme}";
        Roots = ["layouts", $"{ThemeRoot}/layouts"];
    }

    public string ThemeRoot { get; }

    /// <summary>Where layouts are looked for, in order.</summary>
    public IReadOnlyList<string> Roots { get; }

    public bool ThemeExists => _source.ListFiles(ThemeRoot).Count > 0;

    /// <summary>The first existing file for a layout name, e.g. <c>article</c> or <c>news/list</c>.</summary>
    public string? Find(string name) => _found.GetOrAdd(name, FindOnDisk);

    // Layouts cannot change during a build: look each name up once, not once per page.
    private readonly ConcurrentDictionary<string, string?> _found = new(StringComparer.Ordinal);

    private string? FindOnDisk(string name)
    {
        foreach (var root in Roots)
        {
            var path = $"{root}/{name}{Extension}";
            if (_source.FileExists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Parses every layout and partial now, so syntax errors stop the build before rendering.</summary>
    public void ParseAll()
    {
        foreach (var root in Roots)
        {
            foreach (var path in _source.ListFiles(root).Where(p => p.EndsWith(Extension, StringComparison.Ordinal)))
            {
                Get(path);
            }
        }
    }

    public Template? Get(string path) => _parsed.GetOrAdd(path, p => new Lazy<Template?>(() => Parse(p))).Value;

    /// <summary>The text of every template read so far, by path: after <see cref="ParseAll"/>, every layout and partial of both roots.</summary>
    public IReadOnlyDictionary<string, string> Texts => _texts;

    /// <summary>Every partial, parsed, keyed the way <see cref="GetPath"/> names them; given to each render context.</summary>
    public IReadOnlyDictionary<string, Template> Partials()
    {
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var root in Roots.Reverse())
        {
            foreach (var path in _source.ListFiles($"{root}/partials").Where(p => p.EndsWith(Extension, StringComparison.Ordinal)))
            {
                var name = path[($"{root}/partials/".Length)..^Extension.Length];
                if (Get(path) is { } template)
                {
                    partials[name] = template;
                }
            }
        }

        return partials;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.Replace('\\', '/');
        if (name.EndsWith(Extension, StringComparison.Ordinal))
        {
            name = name[..^Extension.Length];
        }

        if (name.Length == 0 || name.StartsWith('/') || name.Split('/').Any(s => s is "" or "." or ".."))
        {
            throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is not a partial name; write e.g. include \"header\"");
        }

        if (Find("partials/" + name) is null)
        {
            throw new ScriptRuntimeException(callerSpan, $"the partial '{name}' was not found in {string.Join(" or ", Roots.Select(r => r + "/partials/"))}");
        }

        return name;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        Find("partials/" + templatePath) is { } path ? ReadText(path) ?? string.Empty : string.Empty;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));

    private Template? Parse(string path)
    {
        var text = ReadText(path);
        if (text is null)
        {
            return null;
        }

        _texts[path] = text;

        var template = Template.Parse(text, path, new ParserOptions { ExpressionDepthLimit = 100 });
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            _diagnostics.Error(DiagnosticCodes.TemplateSyntax, new SourceLocation(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                $"template syntax: {message.Message}", "check the {{ }} blocks and their matching 'end'");
        }

        return null;
    }

    private string? ReadText(string path) => TextDecoder.Read(_source, path, _diagnostics);
}
