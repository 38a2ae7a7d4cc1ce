using ClaimCheck.Core;

namespace ClaimCheck.Loading;

/// <summary>A file of the corpus: its full path and the path shown to the user.</summary>
internal sealed record CorpusFile(string FullPath, string DisplayPath);

/// <summary>Finds every <c>*.yaml</c>/<c>*.yml</c> under the given paths, in a stable order, safe against symlink loops.</summary>
internal static class CorpusFiles
{
    public static List<CorpusFile> Find(IEnumerable<string> paths, string baseDirectory, List<Diagnostic> diagnostics)
    {
        string Display(string full) => CorpusFiles.Display(full, baseDirectory);
        var found = new SortedDictionary<string, CorpusFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            string full;
            try
            {
                full = Path.GetFullPath(path, baseDirectory);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                diagnostics.Add(DiagnosticDescriptors.Unreadable.At(new SourcePosition(path.Replace('\0', '?'), 1, 1), "not a valid path: " + ex.Message.Split(" (Parameter", 2)[0]));
                continue;
            }

            if (File.Exists(full))
                found.TryAdd(full, new CorpusFile(full, Display(full)));
            else if (Directory.Exists(full))
                Walk(full, found, new HashSet<string>(StringComparer.Ordinal), baseDirectory, diagnostics);
            else
                diagnostics.Add(DiagnosticDescriptors.Unreadable.At(new SourcePosition(Display(full), 1, 1), "no such file or folder"));
        }

        return [.. found.Values];
    }

    /// <summary>The path as shown in diagnostics and reports: relative to the working directory, forward slashes.</summary>
    public static string Display(string fullPath, string baseDirectory) => DisplayPath.Of(fullPath, baseDirectory);

    private static void Walk(string folder, SortedDictionary<string, CorpusFile> found, HashSet<string> visited, string baseDirectory, List<Diagnostic> diagnostics)
    {
        string Display(string full) => CorpusFiles.Display(full, baseDirectory);
        // Resolving links to their final target makes a loop visible as a folder seen twice.
        var real = RealPath(folder);
        if (!visited.Add(real))
        {
            diagnostics.Add(DiagnosticDescriptors.Unreadable.WarningAt(new SourcePosition(Display(folder), 1, 1),
                "folder reached again through a link (a symlink loop); it is read once"));
            return;
        }

        IEnumerable<string> files, folders;
        try
        {
            files = Directory.EnumerateFiles(folder).ToList();
            folders = Directory.EnumerateDirectories(folder).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticDescriptors.Unreadable.At(new SourcePosition(Display(folder), 1, 1), "folder cannot be read: " + ex.Message));
            return;
        }

        foreach (var file in files.Where(IsYaml))
        {
            // A FIFO or a device named *.yaml would block the run or read without end: skipped, never opened.
            if (UnixFileType.Of(file) is { } type && type != UnixFileType.Regular)
            {
                diagnostics.Add(DiagnosticDescriptors.Unreadable.WarningAt(new SourcePosition(Display(file), 1, 1),
                    "not a regular file (a pipe, a device or a socket); skipped, never opened"));
                continue;
            }

            found.TryAdd(file, new CorpusFile(file, Display(file)));
        }
        foreach (var sub in folders.Order(StringComparer.Ordinal))
            Walk(sub, found, visited, baseDirectory, diagnostics);
    }

    private static bool IsYaml(string file) =>
        file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string RealPath(string folder)
    {
        try
        {
            var info = new DirectoryInfo(folder);
            return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return folder;
        }
    }
}
