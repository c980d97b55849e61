namespace StaticEvent.Output;

/// <summary>
/// Whether a folder is a mount point (a container volume, a separate disk): such a folder cannot
/// be renamed ("Device or resource busy"), so its output is written in place. Read from
/// <c>/proc/self/mountinfo</c> on Linux; elsewhere nothing is known to be one.
/// </summary>
internal static class MountPoints
{
    private const string MountInfo = "/proc/self/mountinfo";

    public static bool IsMountPoint(string folder)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(MountInfo))
        {
            return false;
        }

        var real = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        try
        {
            // Field 5 is the mount point, with space, tab, newline and backslash written as \ooo.
            return File.ReadLines(MountInfo).Select(l => l.Split(' ')).Where(f => f.Length > 4).Any(f => Unescape(f[4]) == real);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var builder = new System.Text.StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length)
            {
                builder.Append((char)Convert.ToInt32(field.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                builder.Append(field[i]);
            }
        }

        return builder.ToString();
    }
}
