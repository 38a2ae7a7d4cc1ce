using System.Collections.Immutable;
using ClaimCheck.Checking.Rules;
using ClaimCheck.Grouping;
using ClaimCheck.Loading;
using ClaimCheck.Model;
using ClaimCheck.Resolution;

namespace ClaimCheck.Checking;

/// <summary>Normalises, groups and checks a corpus into the one report every writer renders.</summary>
public static class CheckEngine
{
    /// <summary>The rules run on every subject, one per kind of contradiction.</summary>
    public static ImmutableArray<IContradictionRule> DefaultRules { get; } =
    [
        new QuantityRangeRule(),
        new QuantityBoundRule(),
        new CategoryRule(),
        new ComparisonRule(),
        new BaselineRule(),
        new OpposedComparisonRule(),
    ];

    /// <summary>
    /// Checks <paramref name="corpus"/>. Deterministic: subjects by key, claims by ref, findings
    /// worst first then by claims, diagnostics (the corpus's and the normaliser's) by file, line, column, code.
    /// Then resolves each subject's most likely value and each source's trust (<see cref="TruthResolver"/>).
    /// </summary>
    /// <param name="corpus">The loaded corpus.</param>
    /// <param name="options">Reporting options.</param>
    /// <param name="resolution">Value resolution options; the documented default (Accu with copy detection) when null.</param>
    public static CheckReport Check(ClaimCorpus corpus, CheckOptions? options = null, ResolutionOptions? resolution = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var normalized = ClaimNormalizer.Normalize(corpus);
        var groups = SubjectGrouper.Group(normalized.Claims, corpus.Registry);
        // Rules see timeless subjects with their periods set to any time, also when another subject compares with them.
        var views = groups.Select(TimelessSubjects.View).ToImmutableArray();
        var context = new CheckContext(corpus.Registry, views, options, corpus.Sources);
        // Subjects are judged independently (the rules are pure); AsOrdered keeps the report in key order.
        var subjects = Enumerable.Range(0, groups.Length).AsParallel().AsOrdered()
            .Select(i => SubjectJudge.Judge(groups[i], views[i], context, DefaultRules)).ToImmutableArray();
        var diagnostics = DiagnosticOrder.Sort(corpus.Diagnostics.Concat(normalized.Diagnostics));
        var sources = corpus.Sources.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray();
        var summary = new ReportSummary(
            Sources: sources.Length,
            Claims: corpus.Claims.Length,
            Subjects: subjects.Length,
            Conflicts: subjects.Count(s => s.Verdict == Verdict.Conflict),
            Tensions: subjects.Count(s => s.Verdict == Verdict.Tension),
            Agreements: subjects.Count(s => s.Verdict == Verdict.Agreement),
            SingleSource: subjects.Count(s => s.Verdict == Verdict.SingleSource),
            Errors: diagnostics.Count(d => d.Severity == Severity.Error),
            Warnings: diagnostics.Count(d => d.Severity == Severity.Warning))
        {
            Consistent = subjects.Count(s => s.Verdict == Verdict.Consistent),
            Unchecked = subjects.Count(s => s.Verdict == Verdict.Unchecked),
        };
        var report = new CheckReport(ToolVersion.Current, summary, sources, subjects, diagnostics);
        return options is { Resolve: false } ? report : TruthResolver.Apply(report, corpus.Registry, resolution);
    }
}
