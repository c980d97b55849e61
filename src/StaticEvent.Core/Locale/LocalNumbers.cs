using System.Globalization;
using System.Text;

namespace StaticEvent.Locale;

/// <summary>
/// Writes numbers with a locale's CLDR symbols and digits, the same on every OS: fr "1 234,5"
/// (narrow no-break space), de "1.234,5", hi "12,34,567", fa "۱٬۲۳۴" with native digits. At most
/// three decimals, as CLDR's standard decimal pattern; no grouping below the locale's minimum
/// (es "1234", "12 345").
/// </summary>
internal sealed class LocalNumbers
{
    private readonly NumberingSystem _system;
    private readonly int _minimumGrouping;

    public LocalNumbers(LocaleData data, DigitStyle digits = DigitStyle.Default)
    {
        ArgumentNullException.ThrowIfNull(data);
        _system = data.Numbers(digits);
        _minimumGrouping = data.MinimumGroupingDigits;
    }

    public NumberingSystem System => _system;

    public static LocalNumbers For(string tag, DigitStyle digits = DigitStyle.Default) => new(LocaleData.For(tag), digits);

    /// <summary>A number (any .NET numeric type); null for anything else.</summary>
    public string? Format(object? value) => value switch
    {
        int or long or short or byte or sbyte or ushort or uint or ulong => Format(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        decimal d => Format(d),
        double or float when double.IsFinite(Convert.ToDouble(value, CultureInfo.InvariantCulture)) => Format((decimal)Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ => null,
    };

    public string Format(decimal value)
    {
        var text = Math.Round(Math.Abs(value), 3, MidpointRounding.ToEven).ToString("0.###", CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        var integer = point < 0 ? text : text[..point];
        var builder = new StringBuilder(text.Length + 8);
        if (value < 0 && text != "0")
        {
            builder.Append(_system.Minus);
        }

        builder.Append(Group(integer));
        if (point >= 0)
        {
            builder.Append(_system.Decimal).Append(_system.Transliterate(text[(point + 1)..]));
        }

        return builder.ToString();
    }

    private string Group(string digits)
    {
        var primary = _system.PrimaryGroup;
        if (primary <= 0 || digits.Length < primary + _minimumGrouping)
        {
            return _system.Transliterate(digits);
        }

        var groups = new List<string>();
        var end = digits.Length;
        var size = primary;
        while (end > size)
        {
            groups.Insert(0, digits[(end - size)..end]);
            end -= size;
            size = _system.SecondaryGroup > 0 ? _system.SecondaryGroup : primary;
        }

        groups.Insert(0, digits[..end]);
        return _system.Transliterate(string.Join(_system.Group, groups));
    }
}
