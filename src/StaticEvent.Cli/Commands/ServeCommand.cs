using System.CommandLine;
using System.Diagnostics;
using System.Net;
using StaticEvent.Preview;

namespace StaticEvent.Cli.Commands;

/// <summary>
/// <c>staticevent serve</c>: the preview server (SPEC §9). Builds in memory, serves on 127.0.0.1,
/// rebuilds on every save and reloads open pages; Ctrl+C stops it. Writes nothing to the site folder.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var source = CommonOptions.Source();
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to listen on; when it is taken, the next free one (0: any free port)",
            DefaultValueFactory = _ => PreviewOptions.DefaultPort,
        };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on: 127.0.0.1 keeps the preview on this machine, 0.0.0.0 opens it to the network",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var drafts = new Option<bool>("--drafts")
        {
            Description = "Show drafts and future-dated pages (--drafts false hides them)",
            DefaultValueFactory = _ => true,
        };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser" };

        var command = new Command("serve", "Preview the site with live reload; drafts shown, errors in the browser") { source, port, host, drafts, open };
        command.SetAction(async (parsed, cancellation) =>
        {
            var folder = parsed.GetValue(source)!;
            var portNumber = parsed.GetValue(port);
            var hostName = parsed.GetValue(host)!.Trim();
            if (!folder.Exists)
            {
                Console.Error.WriteLine($"staticevent: the site folder '{folder.FullName}' does not exist.");
                return ExitCodes.Usage;
            }

            if (portNumber is < 0 or > IPEndPoint.MaxPort)
            {
                Console.Error.WriteLine($"staticevent: --port must be between 0 and {IPEndPoint.MaxPort}.");
                return ExitCodes.Usage;
            }

            if (!IsLoopback(hostName))
            {
                Console.Error.WriteLine($"warning: listening on {hostName}: anyone who can reach this machine can read the preview, drafts included. " +
                    "Leave out --host to keep it on this machine.");
            }

            var options = new PreviewOptions
            {
                SourceDirectory = folder.FullName,
                Host = hostName,
                Port = portNumber,
                IncludeDrafts = parsed.GetValue(drafts),
                BuildDate = CommonOptions.SourceDateEpoch(),
            };

            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(options, Console.Error, cancellation);
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Success;
            }
            catch (Exception exception) when (exception is IOException or ArgumentException or System.Net.Sockets.SocketException)
            {
                Console.Error.WriteLine($"staticevent: cannot start the preview: {exception.Message}");
                return ExitCodes.Usage;
            }

            await using (server)
            {
                Console.Out.WriteLine($"Serving {server.SiteAddress} (review page: {new Uri(server.Address, ReviewPage.Path)}); press Ctrl+C to stop.");
                if (parsed.GetValue(open))
                {
                    OpenBrowser(server.SiteAddress);
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, cancellation);
                }
                catch (OperationCanceledException)
                {
                    Console.Error.WriteLine("Stopping.");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static void OpenBrowser(Uri url)
    {
        try
        {
            using var _ = Process.Start(new ProcessStartInfo(url.ToString()) { UseShellExecute = true });
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            Console.Error.WriteLine($"Could not open a browser ({exception.Message}); open {url} yourself.");
        }
    }
}
