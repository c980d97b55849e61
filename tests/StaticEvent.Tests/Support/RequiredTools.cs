using Xunit.Abstractions;
using Xunit.Sdk;

namespace StaticEvent.Tests.Support;

/// <summary>What <see cref="RequiresFactAttribute"/> and <see cref="RequiresTheoryAttribute"/> share.</summary>
internal static class RequiredTools
{
    /// <summary>
    /// The skip reason (outside CI) or the failure message (under <c>CI=true</c>) for
    /// <paramref name="tools"/>; both null when every tool is there.
    /// </summary>
    public static (string? Skip, string? CiFailure) Check(IEnumerable<Tool> tools)
    {
        var missing = Prerequisites.Missing(tools);
        if (missing.Count == 0)
        {
            return (null, null);
        }

        var ci = Prerequisites.IsCi;
        var message = Prerequisites.MissingMessage(missing, ci);
        return ci ? (null, message) : (message, null);
    }

    /// <summary>
    /// A test case that fails with the attribute's <c>CiFailure</c> message without running the
    /// test, or null when there is nothing to report.
    /// </summary>
    public static IXunitTestCase? CiFailureCase(
        IMessageSink diagnosticMessageSink,
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        IAttributeInfo attribute)
    {
        var failure = attribute.GetNamedArgument<string?>(nameof(RequiresFactAttribute.CiFailure));
        if (failure is null)
        {
            return null;
        }

        return new ExecutionErrorTestCase(
            diagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod,
            failure);
    }

    /// <summary>
    /// Marks the cases of a test that needs outside programs with the trait <c>Category=External</c>,
    /// so that <c>dotnet test --filter Category!=External</c> is the fast lane (CONTRIBUTING.md).
    /// </summary>
    public static IEnumerable<IXunitTestCase> MarkedExternal(IEnumerable<IXunitTestCase> cases)
    {
        foreach (var testCase in cases)
        {
            if (!testCase.Traits.TryGetValue(ExternalTrait.Name, out var values))
            {
                testCase.Traits[ExternalTrait.Name] = values = [];
            }

            values.Add(ExternalTrait.Value);
            yield return testCase;
        }
    }

    /// <summary>The trait that names tests needing outside programs (browsers, Java, nginx, Node).</summary>
    public static readonly (string Name, string Value) ExternalTrait = ("Category", "External");
}
