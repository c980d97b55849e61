using System.Text.RegularExpressions;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Languages;

/// <summary>docs/strings.md lists every key of the built-in theme's en.yml, with the placeholders its English text has.</summary>
public sealed partial class StringsDocumentationTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Documented = new(() =>
    {
        // The key tables' rows: | `key` | English text | placeholders | used in |
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(Prerequisites.RepositoryRoot, "docs", "strings.md")))
        {
            if (Row().Match(line) is { Success: true } row)
            {
                Assert.True(rows.TryAdd(row.Groups["key"].Value, row.Groups["placeholders"].Value), $"docs/strings.md lists '{row.Groups["key"].Value}' twice");
            }
        }

        return rows;
    });

    [Fact]
    public void EveryKeyOfTheEnglishStringsIsDocumented()
    {
        var english = StarterSite.ThemeStrings("en");

        Assert.True(Documented.Value.Count > 0, "docs/strings.md has no key table");
        var missing = english.Keys.Except(Documented.Value.Keys).ToList();
        Assert.True(missing.Count == 0, "docs/strings.md does not list: " + string.Join(", ", missing));
        var stale = Documented.Value.Keys.Except(english.Keys).ToList();
        Assert.True(stale.Count == 0, "docs/strings.md lists keys en.yml no longer has: " + string.Join(", ", stale));
    }

    [Fact]
    public void EachDocumentedKeyNamesThePlaceholdersOfItsEnglishText()
    {
        foreach (var (key, text) in StarterSite.ThemeStrings("en"))
        {
            var documented = Documented.Value.GetValueOrDefault(key);
            if (documented is null)
            {
                continue;
            }

            var expected = Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);
            var named = Placeholder().Matches(documented).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);
            Assert.True(expected.SequenceEqual(named), $"docs/strings.md: '{key}' has {string.Join(" ", expected)} but the doc names {string.Join(" ", named)}");
            if (!expected.Any())
            {
                Assert.Equal("none", documented.Trim());
            }
        }
    }

    [GeneratedRegex(@"^\|\s*`(?<key>[a-z0-9_]+(\.[a-z0-9_]+)+)`\s*\|[^|]*(\\\|[^|]*)*\|(?<placeholders>[^|]*)\|")]
    private static partial Regex Row();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
