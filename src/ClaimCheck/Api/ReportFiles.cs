using System.Collections.Immutable;
using ClaimCheck.Core;

namespace ClaimCheck;

/// <summary>All-or-nothing report files: checked paths, files written beside their targets, renamed when all are complete.</summary>
internal static class ReportFiles
{
    public static ImmutableArray<Diagnostic> Write(Report report, IReadOnlyList<ReportOutput> outputs, ReportWriteOptions options, IEnumerable<string> inputs, Stream? standardOutput, RunProgress? progress = null)
    {
        var problems = new List<Diagnostic>();
        var targets = new List<(ReportOutput Output, string? Target)>();
        var seen = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var inputFiles = InputFiles(inputs);
        foreach (var output in outputs)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(output.Writer);
            if (output.Path == "-")
            {
                if (!seen.TryAdd("-", output.Writer.Format)) problems.Add(Problem("-", $"standard output is given to both the {seen["-"]} and the {output.Writer.Format} report"));
                targets.Add((output, null));
                continue;
            }

            var (target, problem) = Resolve(output.Path);
            if (problem is not null)
            {
                problems.Add(Problem(output.Path, problem));
                continue;
            }

            if (inputFiles.Contains(target!)) problems.Add(Problem(output.Path, "is one of the input files; a report never overwrites its input"));
            else if (!seen.TryAdd(target!, output.Writer.Format)) problems.Add(Problem(output.Path, $"is given to both the {seen[target!]} and the {output.Writer.Format} report"));
            targets.Add((output, target));
        }

        if (problems.Count > 0) return [.. problems];

        progress?.Begin("writing reports", targets.Count);
        var temps = new string?[targets.Count];
        var diagnostics = new ImmutableArray<Diagnostic>[targets.Count];
        // The files are independent: written at once, each by its own writer, the bytes the same as one by one.
        Parallel.For(0, targets.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var (output, target) = targets[i];
            if (target is null) return; // standard output comes last, once every file is safe
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temp = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
                temps[i] = temp;
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
                diagnostics[i] = output.Writer.Write(report, stream, options);
                stream.Flush(flushToDisk: true);
                progress?.Advance();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics[i] = [Problem(output.Path, "cannot be written: " + e.Message)];
            }
            catch (OutOfMemoryException)
            {
                diagnostics[i] = [Problem(output.Path, "cannot be written: the report needs more memory than this process may use; nothing is written")];
            }
            catch (Exception e)
            {
                // A writer's defect (a user's IReportWriter too) fails its output like any other failure: all or nothing, no stack trace.
                diagnostics[i] = [Problem(output.Path, $"cannot be written: the {output.Writer.Format} writer failed ({e.GetType().Name}: {e.Message}); nothing is written")];
            }
        });

        var all = diagnostics.Where(d => !d.IsDefault).SelectMany(d => d).ToImmutableArray();
        if (all.Any(d => d.Severity == Severity.Error))
        {
            Delete(temps);
            return all;
        }

        for (var i = 0; i < targets.Count; i++)
        {
            if (temps[i] is not { } temp) continue;
            try
            {
                File.Move(temp, targets[i].Target!, overwrite: true);
                temps[i] = null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Delete(temps);
                return all.Add(Problem(targets[i].Output.Path, "cannot be written: " + e.Message));
            }
        }

        foreach (var (output, target) in targets)
        {
            if (target is not null || standardOutput is null) continue;
            all = all.AddRange(output.Writer.Write(report, standardOutput, options));
            standardOutput.Flush();
        }

        return all;
    }

    // The file a path writes: a link's final target; a problem when it is not (or cannot be) a regular file.
    private static (string? Target, string? Problem) Resolve(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var info = new FileInfo(full);
            if (info.LinkTarget is not null)
            {
                var final = info.ResolveLinkTarget(returnFinalTarget: true);
                if (final is null) return (null, "is a link that cannot be followed");
                full = final.FullName;
                info = new FileInfo(full);
            }

            if (Directory.Exists(full)) return (null, "is a folder; give a file name");
            // 'reports/' names a folder even when there is none yet: refused before anything (the folder too) is made.
            if (Path.EndsInDirectorySeparator(path) || Path.GetFileName(full).Length == 0) return (null, "ends with a '/', so it names a folder; give a file name");
            if (info.Exists && (info.Attributes & FileAttributes.Device) != 0) return (null, "is not a regular file (a device or a pipe)");
            if (info.Exists && !OperatingSystem.IsWindows() && IsSpecial(full)) return (null, "is not a regular file (a device or a pipe)");
            return (full, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, "cannot be written: " + e.Message);
        }
    }

    // A character or block device, a FIFO or a socket: Unix file types that FileAttributes does not tell (.NET reports
    // them as Normal). Opening one to find out could block forever (a FIFO), so ask stat(2) for the type bits.
    private static bool IsSpecial(string path) => UnixFileType.Of(path) is { } type && type != UnixFileType.Regular;

    private static HashSet<string> InputFiles(IEnumerable<string> inputs)
    {
        var files = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (File.Exists(full)) files.Add(full);
            else if (Directory.Exists(full))
            {
                // Bounded: only the claim files a corpus folder holds.
                foreach (var file in Directory.EnumerateFiles(full, "*.y*ml", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Take(1_000_000))
                    files.Add(Path.GetFullPath(file));
            }
        }

        return files;
    }

    private static void Delete(string?[] temps)
    {
        foreach (var temp in temps)
        {
            if (temp is null) continue;
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static Diagnostic Problem(string path, string message) =>
        DiagnosticDescriptors.ReportPathUnusable.At(new SourcePosition(path == "-" ? "-" : DisplayPath.Of(path), 1, 1), "the report path " + message);
}
