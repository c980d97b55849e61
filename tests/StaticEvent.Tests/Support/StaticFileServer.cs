using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace StaticEvent.Tests.Support;

/// <summary>
/// Serves a built site folder on 127.0.0.1 with a free port, like a plain static host:
/// <c>/x/</c> serves <c>x/index.html</c>, and an unknown path answers 404 with the
/// <c>404.html</c> of its language prefix (<c>/fr/…</c> → <c>fr/404.html</c>), else the root one.
/// </summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticFileServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The site's root URL, ending with <c>/</c> (and with the base path, if any).</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// Starts serving <paramref name="root"/> under <paramref name="basePath"/> (the path of the
    /// site's <c>baseUrl</c>, such as <c>/</c> or <c>/ga93/</c>).
    /// </summary>
    public static async Task<StaticFileServer> StartAsync(string root, string basePath = "/")
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        root = Path.GetFullPath(root);
        var requestPath = new PathString("/" + basePath.Trim('/')).Value!.TrimEnd('/');

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = root,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = requestPath,
            ContentTypeProvider = CreateContentTypes(),
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
        });
        app.Run(context => WriteNotFoundAsync(context, root, requestPath));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new StaticFileServer(app, new Uri(new Uri(address), requestPath + "/"));
    }

    /// <summary>The URL of <paramref name="relativePath"/> (such as <c>fr/</c>) on this server.</summary>
    public Uri Url(string relativePath) => new(BaseAddress, relativePath.TrimStart('/'));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".ics"] = "text/calendar";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".atom"] = "application/atom+xml";
        return provider;
    }

    private static async Task WriteNotFoundAsync(HttpContext context, string root, string requestPath)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var path = context.Request.Path.Value ?? "/";
        var relative = path.StartsWith(requestPath + "/", StringComparison.Ordinal) ? path[requestPath.Length..] : path;
        var language = relative.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();

        var candidates = new List<string>();
        if (language is not null && !language.Contains("..", StringComparison.Ordinal))
        {
            candidates.Add(Path.Combine(root, language, "404.html"));
        }

        candidates.Add(Path.Combine(root, "404.html"));
        var page = candidates.FirstOrDefault(File.Exists);
        if (page is null)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("404 Not Found (and the site has no 404.html)");
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.SendFileAsync(page);
    }
}
