namespace StaticEvent.Cli;

/// <summary>The process exit codes of SPEC §2.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SiteErrors = 1;
    public const int Usage = 2;
}
