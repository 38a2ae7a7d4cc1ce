namespace ClaimCheck.Core;

/// <summary>How a path is shown in diagnostics, reports and the terminal: relative to a folder, forward slashes.</summary>
internal static class DisplayPath
{
    /// <summary>The path relative to <paramref name="baseDirectory"/> (default: the working directory).</summary>
    public static string Of(string path, string? baseDirectory = null) =>
        Path.GetRelativePath(baseDirectory ?? Environment.CurrentDirectory, Path.GetFullPath(path)).Replace('\\', '/');
}
