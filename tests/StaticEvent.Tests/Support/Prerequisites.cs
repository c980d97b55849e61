namespace StaticEvent.Tests.Support;

/// <summary>
/// Finds the outside programs the tests need and says which are missing.
/// Paths are those that <c>./test.sh</c> installs to.
/// </summary>
public static class Prerequisites
{
    /// <summary>Overrides <see cref="ChromiumPath"/>; set it to a missing file to see the skips.</summary>
    public const string ChromiumVariable = "STATICEVENT_CHROMIUM";

    private const string DefaultChromiumPath = "/usr/bin/chromium";
    private const string ToolsFolder = "tests/tools/node_modules";

    private static readonly Lazy<string> LazyRepositoryRoot = new(FindRepositoryRoot);

    /// <summary>The folder holding <c>StaticEvent.sln</c>, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot => LazyRepositoryRoot.Value;

    /// <summary>True when the environment variable <c>CI</c> is <c>true</c>: a missing tool is then a failure.</summary>
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Chromium's executable: <c>$STATICEVENT_CHROMIUM</c>, else <c>/usr/bin/chromium</c>.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromiumPath;

    /// <summary>The <c>java</c> executable found on <c>PATH</c> or under <c>JAVA_HOME</c>, or null.</summary>
    public static string? JavaPath => FindJava();

    /// <summary>The Nu HTML Checker installed by npm into <c>tests/tools</c>.</summary>
    public static string VnuJarPath =>
        Path.Combine(RepositoryRoot, ToolsFolder, "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>axe-core's browser script installed by npm into <c>tests/tools</c>.</summary>
    public static string AxeScriptPath =>
        Path.Combine(RepositoryRoot, ToolsFolder, "axe-core", "axe.min.js");

    /// <summary>s3rver's command-line script installed by npm into <c>tests/tools</c> (run with <see cref="NodePath"/>).</summary>
    public static string S3rverScriptPath =>
        Path.Combine(RepositoryRoot, ToolsFolder, "s3rver", "bin", "s3rver.js");

    /// <summary>The <c>node</c> executable on <c>PATH</c>, or null.</summary>
    public static string? NodePath => OnPath("node");

    /// <summary>Debian's nginx: <c>/usr/sbin/nginx</c>, or nginx on <c>PATH</c>, or null.</summary>
    public static string? NginxPath => File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : OnPath("nginx");

    /// <summary>nginx's brotli_static module from Debian's libnginx-mod-http-brotli-static.</summary>
    public const string NginxBrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

    /// <summary>Whether <paramref name="tool"/> is installed where the tests look for it.</summary>
    public static bool IsAvailable(Tool tool) => tool switch
    {
        Tool.Chromium => File.Exists(ChromiumPath),
        Tool.Java => JavaPath is not null,
        Tool.Vnu => File.Exists(VnuJarPath),
        Tool.Axe => File.Exists(AxeScriptPath),
        Tool.S3rver => NodePath is not null && File.Exists(S3rverScriptPath),
        Tool.Nginx => NginxPath is not null && File.Exists(NginxBrotliModule),
        _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, null),
    };

    /// <summary>The tools among <paramref name="tools"/> that are missing, in the given order.</summary>
    public static IReadOnlyList<Tool> Missing(IEnumerable<Tool> tools) =>
        tools.Distinct().Where(tool => !IsAvailable(tool)).ToList();

    /// <summary>A short name for messages, such as <c>Chromium</c>.</summary>
    public static string DisplayName(Tool tool) => tool switch
    {
        Tool.Chromium => "Chromium",
        Tool.Java => "Java",
        Tool.Vnu => "the Nu HTML Checker (vnu.jar)",
        Tool.Axe => "axe-core",
        Tool.S3rver => "the S3-compatible server s3rver",
        Tool.Nginx => "nginx with its brotli_static module",
        _ => tool.ToString(),
    };

    /// <summary>Where the tests looked for <paramref name="tool"/>, for failure messages.</summary>
    public static string ExpectedLocation(Tool tool) => tool switch
    {
        Tool.Chromium => $"{ChromiumPath} (set {ChromiumVariable} to use another path)",
        Tool.Java => "java on PATH or in $JAVA_HOME/bin",
        Tool.Vnu => VnuJarPath,
        Tool.Axe => AxeScriptPath,
        Tool.S3rver => $"{S3rverScriptPath}, run by node on PATH",
        Tool.Nginx => $"/usr/sbin/nginx or nginx on PATH, and {NginxBrotliModule}",
        _ => tool.ToString(),
    };

    /// <summary>
    /// Throws when one of <paramref name="tools"/> is missing; for code that needs a tool outside
    /// a <see cref="RequiresFactAttribute"/> test.
    /// </summary>
    public static void Require(params Tool[] tools)
    {
        var missing = Missing(tools);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(MissingMessage(missing, ci: IsCi));
        }
    }

    /// <summary>
    /// The skip reason (outside CI) or failure message (in CI) for <paramref name="missing"/> tools.
    /// </summary>
    public static string MissingMessage(IReadOnlyList<Tool> missing, bool ci)
    {
        var names = string.Join(", ", missing.Select(DisplayName));
        var pronoun = missing.Count == 1 ? "it" : "them";
        if (!ci)
        {
            return $"needs {names}: run ./test.sh, which installs {pronoun}";
        }

        var where = string.Join("; ", missing.Select(tool => $"{DisplayName(tool)} looked for at {ExpectedLocation(tool)}"));
        return $"CI=true and a prerequisite is missing, which in CI is a failure, never a skip: {where}. " +
            $"Run ./test.sh (as .ci/run does), which installs {pronoun}.";
    }

    private static string? FindJava()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } javaHome)
        {
            candidates.Add(Path.Combine(javaHome, "bin", "java"));
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        candidates.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "java")));
        return candidates.FirstOrDefault(File.Exists);
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StaticEvent.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder holding StaticEvent.sln above {AppContext.BaseDirectory}: the tests must run from the repository's build output.");
    }
}
