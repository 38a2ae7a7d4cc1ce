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
        var context = new CheckContext(corpus.Registry, groups, options);
        // Subjects are judged independently (the rules are pure); AsOrdered keeps the report in key order.
        var subjects = groups.AsParallel().AsOrdered().Select(g => SubjectJudge.Judge(g, context, DefaultRules)).ToImmutableArray();
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
            Warnings: diagnostics.Count(d => d.Severity == Severity.Warning));
        var report = new CheckReport(ToolVersion.Current, summary, sources, subjects, diagnostics);
        return options is { Resolve: false } ? report : WithResolution(report, TruthResolver.Resolve(groups, corpus.Registry, resolution));
    }

    /// <summary>The report's subjects as the groups they were judged from, for resolving a report checked without it.</summary>
    internal static IEnumerable<SubjectGroup> GroupsOf(CheckReport report, Registry registry) =>
        report.Subjects.Select(s => new SubjectGroup(s.Key, registry.Subjects.GetValueOrDefault(s.Key), s.Claims));

    /// <summary>The report with <paramref name="result"/>'s resolved values, trust and dependence filled in.</summary>
    internal static CheckReport WithResolution(CheckReport report, ResolutionResult result) => report with
    {
        Subjects = [.. report.Subjects.Select(s => s with { Resolved = result.For(s.Key) })],
        Trust = result.Trust,
        Dependence = result.Dependence,
    };
}
