namespace StaticEvent.Locale;

/// <summary>A flexible day period (CLDR pattern letter B): its name from one minute of the day up to another.</summary>
internal readonly record struct DayPeriod(int From, int Before, string Name)
{
    public bool Contains(int minute) => From <= Before ? minute >= From && minute < Before : minute >= From || minute < Before;
}
