using StaticEvent.Diagnostics;
using StaticEvent.IO;

namespace StaticEvent.Cli;

/// <summary>
/// The last-resort handler: an exception that reached the command line is a bug in StaticEvent
/// (every expected failure is a diagnostic), printed as one coded line with a request to report
/// it — never as a .NET stack trace, which helps no site author. STATICEVENT_TRACE=1 shows it
/// for whoever debugs StaticEvent itself.
/// </summary>
internal static class LastResort
{
    public const string TraceVariable = "STATICEVENT_TRACE";

    /// <summary>Catches what escapes the command and what a background thread throws.</summary>
    public static async Task<int> Run(Func<Task<int>> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            Report(e.ExceptionObject as Exception);
            Environment.Exit(ExitCodes.SiteErrors);
        };
        try
        {
            return await command();
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled.");
            return ExitCodes.SiteErrors;
        }
        catch (Exception ex)
        {
            Report(ex);
            return ExitCodes.SiteErrors;
        }
    }

    public static void Report(Exception? exception)
    {
        var what = exception switch
        {
            null => "an unknown failure",
            _ when IoFailure.IsIo(exception) => $"an input/output failure no check expected: {IoFailure.Why(exception)}",
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
        Console.Error.WriteLine($"staticevent: error {DiagnosticCodes.InternalError}: internal error, {what}");
        Console.Error.WriteLine("  hint: this is a bug in StaticEvent: please report it with the command you ran and this message; the previous output was left as it was");
        if (Environment.GetEnvironmentVariable(TraceVariable) == "1")
        {
            Console.Error.WriteLine(exception);
        }
    }
}
