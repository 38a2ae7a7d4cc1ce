using System.Collections.Immutable;
using ClaimCheck.Core;
using ClaimCheck.Loading;

namespace ClaimCheck;

/// <summary>A report to write: which writer, and where (<c>-</c> is standard output).</summary>
/// <param name="Writer">The writer, e.g. <see cref="ReportWriters.Html"/>.</param>
/// <param name="Path">The file; <c>-</c> writes to standard output.</param>
public sealed record ReportOutput(IReportWriter Writer, string Path);

/// <summary>
/// ClaimCheck in one class: <see cref="Load"/> claim files, <see cref="Check"/> them into a <see cref="Report"/>,
/// <see cref="WriteFiles"/> the reports. Every method is safe to call from several threads at once.
/// </summary>
public static class ClaimChecker
{
    /// <summary>Reads every claim file and registry under <paramref name="paths"/> (folders are searched recursively).</summary>
    /// <remarks>File names in diagnostics and reports are relative to the working directory. Files over 64 MiB, YAML
    /// nested deeper than 64, with over 10,000 aliases or over 2,000,000 YAML nodes, and files of over 100,000 claims are refused
    /// (CC0007; nodes and claims are counted while the file is parsed).</remarks>
    public static Corpus Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new Corpus(Engine.Load(paths));
    }

    /// <summary>Loads as <see cref="Load"/> does and also reads every value and period, so their problems (CC03xx) are found too.</summary>
    public static Corpus Validate(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new Corpus(Engine.Validate(paths));
    }

    /// <summary>Groups the corpus's claims by subject, checks each subject, resolves the most likely values and builds the report.</summary>
    public static Report Check(Corpus corpus, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return new Report(Engine.Check(corpus.Inner, options));
    }

    /// <summary><see cref="Load"/> then <see cref="Check"/>.</summary>
    public static Report Run(IEnumerable<string> paths, CheckOptions? options = null) => Check(Load(paths), options);

    /// <summary>
    /// Writes each report to its file, all or nothing: each is written beside its target, flushed to disk, and only when
    /// every one is complete are they renamed into place. A symbolic link writes its target. A path that is a folder, a
    /// device or a pipe, one that two outputs share, or one of <paramref name="inputs"/> (or a claim file under them) is
    /// refused before anything is written (CC0503). On any failure no earlier file is changed and no partial file remains.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="outputs">What to write where.</param>
    /// <param name="options">Template and limits.</param>
    /// <param name="inputs">The paths the corpus was read from: never written.</param>
    /// <returns>Every problem; the files were written only if none is an error.</returns>
    public static ImmutableArray<Diagnostic> WriteFiles(Report report, IEnumerable<ReportOutput> outputs, ReportWriteOptions? options = null, IEnumerable<string>? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(outputs);
        var list = outputs.ToList();
        if (list.Any(o => o?.Path == "-")) throw new ArgumentException("'-' (standard output) is for the command line; give a file", nameof(outputs));
        return ReportFiles.Write(report, list, options ?? new ReportWriteOptions(), inputs ?? [], null);
    }

    /// <summary>As the public overload, and <c>-</c> writes to <paramref name="standardOutput"/>, after every file.</summary>
    internal static ImmutableArray<Diagnostic> WriteFilesAndStandardOutput(Report report, IReadOnlyList<ReportOutput> outputs, ReportWriteOptions options, IEnumerable<string> inputs, Stream standardOutput, RunProgress? progress = null) =>
        ReportFiles.Write(report, outputs, options, inputs, standardOutput, progress);

    /// <summary><see cref="Run(IEnumerable{string}, CheckOptions?)"/>, telling <paramref name="progress"/> each stage and count as it goes.</summary>
    internal static Report Run(IEnumerable<string> paths, CheckOptions? options, RunProgress? progress) =>
        new(Engine.Check(Engine.Load(paths, new LoadOptions(Progress: progress)), options, progress: progress));

    /// <summary><see cref="Validate(IEnumerable{string})"/>, telling <paramref name="progress"/> each stage and count as it goes.</summary>
    internal static Corpus Validate(IEnumerable<string> paths, RunProgress? progress) =>
        new(Engine.Validate(paths, new LoadOptions(Progress: progress)));

    /// <summary>The corpus under <paramref name="paths"/> and its subjects with counts, and keys that may name one subject (<c>claimcheck subjects</c>).</summary>
    internal static (Corpus Corpus, SubjectListing Listing) Subjects(IEnumerable<string> paths, RunProgress? progress = null)
    {
        var (corpus, catalog) = Engine.Subjects(paths, progress);
        return (new Corpus(corpus), SubjectListing.Of(catalog));
    }

    /// <summary>Turns a table of claims into claim files in <paramref name="outDir"/>, one per source (<c>claimcheck import</c>).</summary>
    internal static ImportSummary Import(string tablePath, string outDir) => ImportSummary.Of(ClaimCheck.Import.ClaimTableImporter.Import(tablePath, outDir));

    /// <summary>The JSON Schema of claim files and registries, which the skeleton's <c>$schema</c> names.</summary>
    internal static string ClaimFileSchema => ClaimFileSkeleton.Schema;

    /// <summary>The candidate a mistyped <paramref name="word"/> most likely meant, by the rule of every "did you mean" in diagnostics; null when none is close.</summary>
    internal static string? DidYouMean(string word, IEnumerable<string> candidates) => Suggestions.Closest(word, candidates);

    /// <summary>A commented claim-file skeleton for a new article that validates as written.</summary>
    public static string NewClaimFile(string sourceId)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        return ClaimFileSkeleton.Create(sourceId);
    }
}
