using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Core;
using ClaimCheck.Resolution;

namespace ClaimCheck.Reporting;


/// <summary>Counts shown at the top of every report.</summary>
internal sealed record ReportSummary(
    int Sources,
    int Claims,
    int Subjects,
    int Conflicts,
    int Tensions,
    int Agreements,
    int SingleSource,
    int Errors,
    int Warnings)
{
    /// <summary>Subjects compared where none contradicts and none confirms another (a time series, members of a set).</summary>
    public int Consistent { get; init; }

    /// <summary>Subjects two or more sources speak of whose claims could not be compared.</summary>
    public int Unchecked { get; init; }
}

/// <summary>The one report model every writer (JSON, HTML, SARIF, ClaimReview) renders, composed once from what
/// checking and resolution found (<see cref="Compose"/>).</summary>
/// <param name="ToolVersion">The version of ClaimCheck that made it.</param>
/// <param name="Summary">Counts.</param>
/// <param name="Sources">Sources ordered by id.</param>
/// <param name="Subjects">Subjects ordered by key.</param>
/// <param name="Diagnostics">Every diagnostic, ordered by file, line, column, code.</param>
/// <param name="Resolution">Resolved values, trust and dependence (<see cref="ResolutionResult.Empty"/> when not resolved).</param>
internal sealed record CheckReport(
    string ToolVersion,
    ReportSummary Summary,
    ImmutableArray<Source> Sources,
    ImmutableArray<SubjectResult> Subjects,
    ImmutableArray<Diagnostic> Diagnostics,
    ResolutionResult Resolution)
{
    /// <summary>How far each source can be trusted, by source id (empty when not resolved).</summary>
    public ImmutableArray<SourceTrust> Trust => Resolution.Trust;

    /// <summary>Pairs of sources that probably copy each other, by ids.</summary>
    public ImmutableArray<SourceDependence> Dependence => Resolution.Dependence;

    /// <summary>For every period the subject's claims speak of, the value most likely true (empty for sets).</summary>
    public ImmutableArray<ResolvedValue> ResolvedOf(SubjectResult subject) => Resolution.For(subject.Key);

    /// <summary>The report of one run: sources by id, subjects as judged, diagnostics sorted once here.</summary>
    public static CheckReport Compose(
        IEnumerable<Source> sources,
        int claims,
        ImmutableArray<SubjectResult> subjects,
        IEnumerable<Diagnostic> diagnostics,
        ResolutionResult resolution)
    {
        var sortedSources = sources.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray();
        var sorted = DiagnosticOrder.Sort(diagnostics);
        var summary = new ReportSummary(
            Sources: sortedSources.Length,
            Claims: claims,
            Subjects: subjects.Length,
            Conflicts: subjects.Count(s => s.Verdict == Verdict.Conflict),
            Tensions: subjects.Count(s => s.Verdict == Verdict.Tension),
            Agreements: subjects.Count(s => s.Verdict == Verdict.Agreement),
            SingleSource: subjects.Count(s => s.Verdict == Verdict.SingleSource),
            Errors: sorted.Count(d => d.Severity == Severity.Error),
            Warnings: sorted.Count(d => d.Severity == Severity.Warning))
        {
            Consistent = subjects.Count(s => s.Verdict == Verdict.Consistent),
            Unchecked = subjects.Count(s => s.Verdict == Verdict.Unchecked),
        };
        return new CheckReport(Core.ToolVersion.Current, summary, sortedSources, subjects, sorted, resolution);
    }
}
