using System.Text;

namespace StaticEvent.Preview;

/// <summary>
/// Where and what the server adds to each HTML page it serves: one script tag before the last
/// <c>&lt;/body&gt;</c> (or at the end when there is none). Only served responses get it; the
/// snapshot's bytes, like <c>build</c>'s output, never do.
/// </summary>
internal static class LiveScriptInjector
{
    /// <summary>The URL of the live-reload script.</summary>
    public const string ScriptUrl = "/_staticevent/live.js";

    /// <summary>The tag added to a page of build <paramref name="buildId"/> (letters, digits and dashes).</summary>
    public static byte[] Tag(string buildId) =>
        Encoding.UTF8.GetBytes($"<script src=\"{ScriptUrl}\" data-build=\"{buildId}\" defer></script>");

    /// <summary>The offset of the last <c>&lt;/body</c> (any case) in <paramref name="html"/>, or its length.</summary>
    public static int InsertionPoint(ReadOnlySpan<byte> html)
    {
        var end = html.Length;
        while (end > 0)
        {
            var at = html[..end].LastIndexOf("</"u8);
            if (at < 0)
            {
                break;
            }

            if (at + 6 <= html.Length && Ascii.EqualsIgnoreCase(html.Slice(at + 2, 4), "body"u8))
            {
                return at;
            }

            end = at;
        }

        return html.Length;
    }
}
