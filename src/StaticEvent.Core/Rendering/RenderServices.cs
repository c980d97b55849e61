using Scriban;
using Scriban.Runtime;
using StaticEvent.Diagnostics;

namespace StaticEvent.Rendering;

/// <summary>Everything rendering shares across pages and threads, built once per build.</summary>
internal sealed record RenderServices(
    ThemeTemplates Templates,
    TemplateModel Model,
    IReadOnlyDictionary<string, ScriptObject> Functions,
    IReadOnlyDictionary<string, Template> Partials,
    UrlBuilder Urls,
    int PageSize,
    RenderLimits Limits,
    DiagnosticBag Diagnostics,
    I18nCatalog Strings,
    ScheduleModel? Schedule = null);
