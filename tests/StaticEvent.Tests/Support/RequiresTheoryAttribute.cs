using Xunit.Sdk;

namespace StaticEvent.Tests.Support;

/// <summary>
/// The <see cref="TheoryAttribute"/> counterpart of <see cref="RequiresFactAttribute"/>:
/// skipped when a tool is missing, failed instead under <c>CI=true</c>.
/// </summary>
[XunitTestCaseDiscoverer("StaticEvent.Tests.Support.RequiresTheoryDiscoverer", "StaticEvent.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresTheoryAttribute : TheoryAttribute
{
    /// <summary>Declares the tools the test needs.</summary>
    public RequiresTheoryAttribute(params Tool[] tools)
    {
        Tools = tools;
        (Skip, CiFailure) = RequiredTools.Check(tools);
    }

    /// <summary>The tools the test needs.</summary>
    public IReadOnlyList<Tool> Tools { get; }

    /// <summary>Set under <c>CI=true</c> when a tool is missing: the test then fails with this message.</summary>
    public string? CiFailure { get; }
}
