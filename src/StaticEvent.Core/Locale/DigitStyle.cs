namespace StaticEvent.Locale;

/// <summary>Which digits a language's dates, times and numbers are written with (<c>digits:</c> in site.yml).</summary>
public enum DigitStyle
{
    /// <summary>CLDR's default numbering system for the locale: Persian digits for fa, Latin for ar-MA.</summary>
    Default,

    /// <summary>0–9.</summary>
    Latin,

    /// <summary>The locale's native digits (CLDR "native" numbering system): ٠–٩ for ar, ० for hi.</summary>
    Native,
}
