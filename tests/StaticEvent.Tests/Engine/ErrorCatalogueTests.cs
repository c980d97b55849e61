using System.Reflection;
using System.Text.RegularExpressions;
using StaticEvent.Diagnostics;
using StaticEvent.Tests.Support;

namespace StaticEvent.Tests.Engine;

/// <summary>docs/errors.md has a section for every code in <see cref="DiagnosticCodes"/>, and no section for a code that is gone.</summary>
public sealed partial class ErrorCatalogueTests
{
    [Fact]
    public void EveryDiagnosticCodeHasItsSectionInTheErrorCatalogue()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        var documented = File.ReadLines(Path.Combine(Prerequisites.RepositoryRoot, "docs", "errors.md"))
            .Select(line => Heading().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["code"].Value)
            .ToList();

        Assert.True(codes.Count > 50, "DiagnosticCodes lists too few codes to be read right");
        Assert.Empty(codes.Except(documented).Order(StringComparer.Ordinal));
        Assert.Empty(documented.Except(codes).Order(StringComparer.Ordinal));
        Assert.Equal(documented.Count, documented.Distinct(StringComparer.Ordinal).Count());
    }

    [GeneratedRegex(@"^### (?<code>SE\d{3}) — ")]
    private static partial Regex Heading();
}
