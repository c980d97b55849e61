namespace StaticEvent.Tests.Support;

/// <summary>
/// The tests on the built default site: they share one build, one server and one browser, and
/// run one after another (the machine has two cores; the browser tests are heavy enough).
/// </summary>
[CollectionDefinition(Name)]
public sealed class DefaultSiteCollection : ICollectionFixture<DefaultSiteFixture>, ICollectionFixture<BrowserFixture>
{
    /// <summary>The name to put in <c>[Collection(DefaultSiteCollection.Name)]</c>.</summary>
    public const string Name = "Default site";
}
