using Xunit.Sdk;

namespace StaticEvent.Tests.Support;

/// <summary>
/// A <see cref="FactAttribute"/> for a test that needs outside programs, such as
/// <c>[RequiresFact(Tool.Java, Tool.Vnu)]</c>. When one is missing the test is skipped with the
/// reason "needs …: run ./test.sh, which installs it" — except under <c>CI=true</c>, where it is
/// reported as failed with what is missing and where it was looked for.
/// </summary>
[XunitTestCaseDiscoverer("StaticEvent.Tests.Support.RequiresFactDiscoverer", "StaticEvent.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresFactAttribute : FactAttribute
{
    /// <summary>Declares the tools the test needs.</summary>
    public RequiresFactAttribute(params Tool[] tools)
    {
        Tools = tools;
        (Skip, CiFailure) = RequiredTools.Check(tools);
    }

    /// <summary>The tools the test needs.</summary>
    public IReadOnlyList<Tool> Tools { get; }

    /// <summary>Set under <c>CI=true</c> when a tool is missing: the test then fails with this message.</summary>
    public string? CiFailure { get; }
}
