using Xunit.Abstractions;
using Xunit.Sdk;

namespace StaticEvent.Tests.Support;

/// <summary>Discovers <see cref="RequiresTheoryAttribute"/> tests; turns a missing tool in CI into a failure.</summary>
public sealed class RequiresTheoryDiscoverer : TheoryDiscoverer
{
    /// <summary>Called by xunit through <see cref="XunitTestCaseDiscovererAttribute"/>.</summary>
    public RequiresTheoryDiscoverer(IMessageSink diagnosticMessageSink)
        : base(diagnosticMessageSink)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        var failure = RequiredTools.CiFailureCase(DiagnosticMessageSink, discoveryOptions, testMethod, theoryAttribute);
        return RequiredTools.MarkedExternal(failure is not null ? [failure] : base.Discover(discoveryOptions, testMethod, theoryAttribute));
    }
}
