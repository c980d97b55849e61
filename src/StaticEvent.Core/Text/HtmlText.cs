using System.Text;

namespace StaticEvent.Text;

/// <summary>Escapes text for HTML element content and attribute values (both quote kinds).</summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        var index = text.AsSpan().IndexOfAny("&<>\"'");
        if (index < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, index);
        for (var i = index; i < text.Length; i++)
        {
            _ = text[i] switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                var c => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
