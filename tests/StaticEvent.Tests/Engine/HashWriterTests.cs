using System.Security.Cryptography;
using System.Text;
using StaticEvent.Rendering;

namespace StaticEvent.Tests.Engine;

/// <summary>The fingerprint writer: the same fields give the same hash however long, different fields a different one.</summary>
public sealed class HashWriterTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(5_000)]   // several 16 KiB blocks: the writer hashes in steps
    [InlineData(100_000)] // one text longer than a block
    public void AHashIsTheSha256OfTheLengthPrefixedFields(int length)
    {
        var text = new string('é', length);
        var expected = new List<byte>();
        expected.AddRange(BitConverter.GetBytes((long)text.Length));
        expected.AddRange(Encoding.UTF8.GetBytes(text));
        expected.AddRange(BitConverter.GetBytes(42L));
        for (var i = 0; i < 3; i++)
        {
            expected.AddRange(BitConverter.GetBytes((long)text.Length));
            expected.AddRange(Encoding.UTF8.GetBytes(text));
        }

        var hash = HashWriter.Start().Add(text).Add(42);
        for (var i = 0; i < 3; i++)
        {
            hash.Add(text);
        }

        Assert.Equal(Convert.ToHexString(SHA256.HashData(expected.ToArray())), hash.Finish());
    }

    [Fact]
    public void FieldsThatJoinToTheSameTextHashApart()
    {
        Assert.NotEqual(HashWriter.Start().Add("a|b").Add("c").Finish(), HashWriter.Start().Add("a").Add("b|c").Finish());
        Assert.NotEqual(HashWriter.Start().Add((string?)null).Finish(), HashWriter.Start().Add(string.Empty).Finish());
        Assert.Equal(HashWriter.Start().Add("même").Add(7).Finish(), HashWriter.Start().Add("même").Add(7).Finish());
    }
}
