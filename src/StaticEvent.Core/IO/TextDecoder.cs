using System.Text;
using StaticEvent.Diagnostics;

namespace StaticEvent.IO;

/// <summary>
/// Turns file bytes into text the way every stage expects it: strict UTF-8 (a bad byte is an
/// error naming its place, never a silent U+FFFD), no BOM, <c>\n</c> line endings.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Files above this size are refused: no site file needs more, and it bounds memory.</summary>
    public const int MaxFileBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads and decodes a text file of the site: its size is checked before it is read (a huge
    /// file never reaches memory), and a file that cannot be read is an error, not an exception.
    /// </summary>
    public static string? Read(IFileSource source, string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            if (source.ReadAtMost(path, MaxFileBytes, out var length) is not { } read)
            {
                TooLarge(length, path, diagnostics);
                return null;
            }

            bytes = read;
        }
        catch (Exception ex) when (IoFailure.IsIo(ex))
        {
            IoFailure.ReadingFile(diagnostics, path, ex);
            return null;
        }

        return Decode(bytes, path, diagnostics);
    }

    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxFileBytes)
        {
            TooLarge(bytes.Length, path, diagnostics);
            return null;
        }

        if (bytes.AsSpan().StartsWith([(byte)0xFF, (byte)0xFE]) || bytes.AsSpan().StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, new SourceLocation(path, 1, 1),
                "the file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8", "save the file as UTF-8 in your editor");
            return null;
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        string text;
        try
        {
            text = Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(ex.Index, 0);
            var (line, column) = LocateByte(bytes, offset);
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, new SourceLocation(path, line, column),
                $"the file is not valid UTF-8 (byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at offset {offset})",
                "save the file as UTF-8 in your editor");
            return null;
        }

        // NUL is valid UTF-8 but never text: UTF-16 without a byte order mark, or a binary file.
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            var (line, column) = LocateByte(bytes, nul);
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, new SourceLocation(path, line, column),
                $"the file holds a NUL byte (0x00 at offset {nul}): it is UTF-16 or binary, not UTF-8 text", "save the file as UTF-8 in your editor");
            return null;
        }

        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    private static void TooLarge(long length, string path, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.FileTooLarge, new SourceLocation(path),
            $"the file is {length:N0} bytes; the limit is {MaxFileBytes:N0}", "split the file or move large data out of the site");

    private static (int Line, int Column) LocateByte(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters, not bytes: count the lead bytes before the bad one.
        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
