using System.Security.Cryptography;
using System.Text;

namespace StaticEvent.Rendering;

/// <summary>
/// Collects the fields of a fingerprint as bytes and hashes them with SHA-256. The preview
/// fingerprints every page on every rebuild: building a string per page for that allocated about
/// 16 KiB a page (160 MiB a rebuild at 10,000 pages), and the collections it caused cost more
/// than the hashing. One writer per thread is reused; each text is length-prefixed, so no
/// choice of separator can make two different lists of fields hash alike.
/// </summary>
internal sealed class HashWriter
{
    [ThreadStatic]
    private static HashWriter? t_idle;

    // Fields collect here and go to the hash in blocks, so a long input (a language's site
    // object hashes every card) needs no larger buffer.
    private byte[] _buffer = new byte[BlockSize];
    private int _length;
    private IncrementalHash? _long;
    private bool _flushed;

    private const int BlockSize = 16 * 1024;

    private HashWriter()
    {
    }

    /// <summary>An empty writer for this thread (a new one if this thread's is in use).</summary>
    public static HashWriter Start()
    {
        var writer = t_idle ?? new HashWriter();
        t_idle = null;
        writer._length = 0;
        return writer;
    }

    /// <summary>The SHA-256 of what was added, in hex; the writer goes back to its thread.</summary>
    public string Finish()
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        if (_long is { } stream && _flushed)
        {
            stream.AppendData(_buffer.AsSpan(0, _length));
            stream.GetHashAndReset(hash);
        }
        else
        {
            SHA256.HashData(_buffer.AsSpan(0, _length), hash);
        }

        _flushed = false;
        if (_buffer.Length > BlockSize)
        {
            _buffer = new byte[BlockSize]; // one very long text made it grow: do not keep that
        }

        t_idle = this;
        return Convert.ToHexString(hash);
    }

    public HashWriter Add(string? text)
    {
        if (text is null)
        {
            return Add(-1);
        }

        Add(text.Length);
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
        return this;
    }

    public HashWriter Add(long value)
    {
        Ensure(sizeof(long));
        BitConverter.TryWriteBytes(_buffer.AsSpan(_length), value);
        _length += sizeof(long);
        return this;
    }

    public HashWriter Add(bool value) => Add(value ? 1 : 0);

    public HashWriter Add(DateTimeOffset? value) =>
        value is { } date ? Add(date.UtcTicks).Add(date.Offset.Ticks) : Add(long.MinValue);

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }

        _long ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        _long.AppendData(_buffer.AsSpan(0, _length));
        _flushed = true;
        _length = 0;
        if (more > _buffer.Length)
        {
            _buffer = new byte[more];
        }
    }
}
