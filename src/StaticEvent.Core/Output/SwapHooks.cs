namespace StaticEvent.Output;

/// <summary>
/// Fault points for tests: <see cref="Step"/> is called with the name of each step of the swap
/// ("staged", "marked", "exchanged", "old-moved", "new-moved", "unmarked", "done"), and a test
/// that throws from it simulates a kill at that instant: nothing is cleaned up after it. Async-local,
/// so a test's hook never reaches another test's build.
/// </summary>
internal static class SwapHooks
{
    private static readonly AsyncLocal<Action<string>?> CurrentStep = new();
    private static readonly AsyncLocal<bool> CurrentNoExchange = new();

    public static Action<string>? Step
    {
        get => CurrentStep.Value;
        set => CurrentStep.Value = value;
    }

    /// <summary>Pretends the system cannot swap folders in one step, to test the two-rename fallback.</summary>
    public static bool NoExchange
    {
        get => CurrentNoExchange.Value;
        set => CurrentNoExchange.Value = value;
    }
}
