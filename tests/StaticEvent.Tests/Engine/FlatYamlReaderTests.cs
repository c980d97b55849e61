using System.Text;
using StaticEvent.Diagnostics;
using StaticEvent.Parsing;
using StaticEvent.Tests.Support;
using StaticEvent.Yaml;

namespace StaticEvent.Tests.Engine;

/// <summary>
/// The fast front matter reader must build exactly the tree YamlDotNet's parser builds, positions
/// included, or decline. Each case is read both ways and compared.
/// </summary>
public sealed class FlatYamlReaderTests
{
    public static TheoryData<string> Accepted => new()
    {
        "title: Hello\n",
        "title: \"Quoted: with a colon\"\ndate: 2025-11-24\n",
        "title: 'It''s here'\nslug: its-here\n",
        "title:    spaced   \ndraft: true\nweight: 10\n",
        "tags: [security, cooperation]\n",
        "tags: [ a ,b,  c d ]\n",
        "tags: []\nsummary: ~\n",
        "\n# a comment\ntitle: Après l’ouverture, la séance\n\n",
        "title: الجمعية العامة\ntranslationKey: opening-day\n",
        "title: a#b and a:b and http://example.org/x\n",
        "title: \"\"\nsummary: ''\n",
        "title: Emoji 🎉 in a title\n",
        "title_x-2: x\n",
    };

    public static TheoryData<string> Declined => new()
    {
        "title: Hello # a comment\n",
        "title: \"Escaped \\\" quote\"\n",
        "title: \"text\" trailing\n",
        "title:\n",
        "title: a: b\n",
        "title: ends with:\n",
        "title: Hello\ntitle: Again\n",
        "title: Hello\n  continued\n",
        "title:\tTab\n",
        "params:\n  key: value\n",
        "tags:\n  - a\n  - b\n",
        "tags: [a, [b]]\n",
        "tags: [a, b,]\n",
        "tags: [\"a\", b]\n",
        "tags: [a\n",
        "title: &anchor x\n",
        "title: *alias\n",
        "title: !tag x\n",
        "title: |\n  block\n",
        "title: >\n  folded\n",
        "title: - x\n",
        "title: {a: b}\n",
        "title: @x\n",
        "title: `x\n",
        "title: %x\n",
        "\"quoted key\": x\n",
        "? complex\n: key\n",
        "title: x\u2028y\n",
        "title: x\u0085y\n",
        "title: \uFEFFx\n",
        "# only a comment\n",
        "",
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void ReadsTheSimpleShapeExactlyAsTheFullParserDoes(string yaml)
    {
        var fast = FlatYamlReader.TryRead(yaml, lineOffset: 1);

        Assert.NotNull(fast);
        AssertSameAsParser(yaml, fast, lineOffset: 1);
    }

    [Theory]
    [MemberData(nameof(Declined))]
    public void DeclinesEverythingElse(string yaml) => Assert.Null(FlatYamlReader.TryRead(yaml, lineOffset: 1));

    [Fact]
    public void EveryFrontMatterOfTheDefaultSiteReadsTheSameBothWays()
    {
        var files = Directory.GetFiles(Path.Combine(Prerequisites.RepositoryRoot, "content"), "*.md", SearchOption.AllDirectories);
        var fastCount = 0;
        foreach (var file in files)
        {
            var split = FrontMatterSplitter.Split(File.ReadAllText(file, Encoding.UTF8).ReplaceLineEndings("\n"));
            Assert.NotNull(split.FrontMatter);
            if (FlatYamlReader.TryRead(split.FrontMatter, split.FrontMatterLine - 1) is { } fast)
            {
                fastCount++;
                AssertSameAsParser(split.FrontMatter, fast, split.FrontMatterLine - 1);
            }
        }

        // The fast reader is the common path, not a curiosity: most of the site's pages take it.
        Assert.True(fastCount * 2 > files.Length, $"{fastCount} of {files.Length} front matters took the fast path");
    }

    private static void AssertSameAsParser(string yaml, DataNode fast, int lineOffset)
    {
        var diagnostics = new DiagnosticBag();
        var slow = YamlDocumentReader.ReadWithParser(yaml, "page.md", lineOffset, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        Assert.Equal(Describe(slow!), Describe(fast));
    }

    // The whole tree as text: kind, value, plain or not, line and column of every node.
    private static string Describe(DataNode node) => node switch
    {
        DataScalar s => $"{s.Line}:{s.Column} {(s.IsPlain ? "plain" : "quoted")} «{s.Value}»",
        DataList l => $"{l.Line}:{l.Column} [{string.Join(", ", l.Items.Select(Describe))}]",
        DataMap m => $"{m.Line}:{m.Column} {{{string.Join("; ", m.Entries.Select(e => Describe(e.Key) + " => " + Describe(e.Value)))}}}",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
