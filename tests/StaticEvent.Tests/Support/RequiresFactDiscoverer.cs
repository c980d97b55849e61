using Xunit.Abstractions;
using Xunit.Sdk;

namespace StaticEvent.Tests.Support;

/// <summary>Discovers <see cref="RequiresFactAttribute"/> tests; turns a missing tool in CI into a failure.</summary>
public sealed class RequiresFactDiscoverer : FactDiscoverer
{
    /// <summary>Called by xunit through <see cref="XunitTestCaseDiscovererAttribute"/>.</summary>
    public RequiresFactDiscoverer(IMessageSink diagnosticMessageSink)
        : base(diagnosticMessageSink)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var failure = RequiredTools.CiFailureCase(DiagnosticMessageSink, discoveryOptions, testMethod, factAttribute);
        return RequiredTools.MarkedExternal(failure is not null ? [failure] : base.Discover(discoveryOptions, testMethod, factAttribute));
    }
}
