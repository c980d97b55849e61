namespace StaticEvent.Tests.Support;

public sealed class SiteYamlTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    [Theory]
    [InlineData("baseUrl: https://example.org/\n", "https://example.org/")]
    [InlineData("title: x\nbaseUrl: \"https://example.org/ga93\" # the path\n", "https://example.org/ga93/")]
    [InlineData("baseUrl: 'http://localhost:8080/'\n", "http://localhost:8080/")]
    [InlineData("menus:\n  baseUrl: https://nested.example/\n", null)]
    [InlineData("baseUrl: not-a-url\n", null)]
    [InlineData("baseUrl: /ga93/\n", null)]
    public void ReadsTheTopLevelBaseUrl(string yaml, string? expected)
    {
        File.WriteAllText(_file, yaml);

        var baseUrl = SiteYaml.ReadBaseUrl(_file);

        Assert.Equal(expected, baseUrl?.AbsoluteUri);
    }

    [Fact]
    public void AMissingFileHasNoBaseUrl() => Assert.Null(SiteYaml.ReadBaseUrl(_file + ".missing"));

    public void Dispose() => File.Delete(_file);
}
