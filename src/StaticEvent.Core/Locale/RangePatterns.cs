namespace StaticEvent.Locale;

/// <summary>
/// CLDR interval patterns for one skeleton, by the greatest field that differs between the two
/// dates: <see cref="Day"/> (23–27 October 2026), <see cref="Month"/> (23 October – 2 November
/// 2026), <see cref="Year"/>. A skeleton without year has no <see cref="Year"/> pattern.
/// </summary>
internal sealed record RangePatterns(string Day, string Month, string? Year)
{
    /// <summary>The pattern for two dates whose greatest difference is <paramref name="field"/> ('d', 'M' or 'y').</summary>
    public string For(char field) => field switch
    {
        'y' => Year ?? Month,
        'M' => Month,
        _ => Day,
    };
}
