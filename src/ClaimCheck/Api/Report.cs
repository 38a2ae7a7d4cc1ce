using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Core;
using ClaimCheck.Reporting;

namespace ClaimCheck;

/// <summary>
/// What checking a corpus found: every subject with its verdict, findings and most likely value, every source with
/// its trust, every diagnostic. Built once by <see cref="ClaimChecker.Check"/>; every writer renders it.
/// </summary>
public sealed class Report
{
    private readonly Lazy<ImmutableArray<ReportSubject>> subjects;
    private readonly Lazy<Dictionary<string, Claim>> claimsByRef;

    internal Report(CheckReport inner)
    {
        Inner = inner;
        // Built when first asked for: the writers read the inner report, and the terminal summary needs only the
        // subjects of two verdicts (SubjectsWithVerdict); the claim index alone is a dictionary of every claim.
        claimsByRef = new(() => inner.Subjects.SelectMany(s => s.Claims).ToDictionary(c => c.Claim.Ref, c => c.Claim, StringComparer.Ordinal));
        subjects = new(() =>
        {
            var all = claimsByRef.Value;
            return [.. inner.Subjects.Select(s => new ReportSubject(s, inner.ResolvedOf(s), r => all[r]))];
        });
        Trust = inner.Trust.ToImmutableSortedDictionary(t => t.SourceId, t => t.Trust, StringComparer.Ordinal);
        Totals = new ReportTotals(inner.Summary);
    }

    internal CheckReport Inner { get; }

    /// <summary>The version of ClaimCheck that made the report.</summary>
    public string ToolVersion => Inner.ToolVersion;

    /// <summary>Counts of sources, claims, subjects by verdict, errors and warnings.</summary>
    public ReportTotals Totals { get; }

    /// <summary>Every source, ordered by id.</summary>
    public ImmutableArray<Source> Sources => Inner.Sources;

    /// <summary>Every subject, ordered by key.</summary>
    public ImmutableArray<ReportSubject> Subjects => subjects.Value;

    /// <summary>The subjects whose verdict is <paramref name="verdict"/>, in key order, as <see cref="Subjects"/> has them, without making the others.</summary>
    internal IEnumerable<ReportSubject> SubjectsWithVerdict(string verdict) =>
        subjects.IsValueCreated
            ? subjects.Value.Where(s => s.Verdict == verdict)
            : Inner.Subjects.Where(s => ContractWords.Of(s.Verdict) == verdict).Select(s =>
            {
                // A finding names its own subject's claims, and a comparison may name another subject's: those come
                // from the index of every claim, made only if one is asked for.
                var own = s.Claims.ToDictionary(c => c.Claim.Ref, c => c.Claim, StringComparer.Ordinal);
                return new ReportSubject(s, Inner.ResolvedOf(s), r => own.TryGetValue(r, out var claim) ? claim : claimsByRef.Value[r]);
            });

    /// <summary>How far each source can be trusted (0 to 1), by source id; empty when values were not resolved.</summary>
    public ImmutableSortedDictionary<string, double> Trust { get; }

    /// <summary>Every diagnostic, ordered by file, line, column and code.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Inner.Diagnostics;
}

/// <summary>The counts at the top of every report.</summary>
public sealed class ReportTotals
{
    internal ReportTotals(ReportSummary s)
    {
        Sources = s.Sources;
        Claims = s.Claims;
        Subjects = s.Subjects;
        Conflicts = s.Conflicts;
        Tensions = s.Tensions;
        Agreements = s.Agreements;
        SingleSource = s.SingleSource;
        Consistent = s.Consistent;
        Unchecked = s.Unchecked;
        Errors = s.Errors;
        Warnings = s.Warnings;
    }

    /// <summary>Sources (articles).</summary>
    public int Sources { get; }

    /// <summary>Claims.</summary>
    public int Claims { get; }

    /// <summary>Subjects.</summary>
    public int Subjects { get; }

    /// <summary>Subjects whose verdict is <c>conflict</c>.</summary>
    public int Conflicts { get; }

    /// <summary>Subjects whose verdict is <c>tension</c>.</summary>
    public int Tensions { get; }

    /// <summary>Subjects whose verdict is <c>agreement</c>.</summary>
    public int Agreements { get; }

    /// <summary>Subjects whose sources were compared and neither contradict nor confirm each other (<c>consistent</c>).</summary>
    public int Consistent { get; }

    /// <summary>Subjects two or more sources speak of whose claims could not be compared (<c>unchecked</c>).</summary>
    public int Unchecked { get; }

    /// <summary>Subjects only one source speaks of.</summary>
    public int SingleSource { get; }

    /// <summary>Error diagnostics.</summary>
    public int Errors { get; }

    /// <summary>Warning diagnostics.</summary>
    public int Warnings { get; }
}

/// <summary>One subject: what its claims say and what ClaimCheck concluded.</summary>
public sealed class ReportSubject
{
    internal ReportSubject(SubjectResult s, ImmutableArray<Resolution.ResolvedValue> resolved, Func<string, Claim> claims)
    {
        Key = s.Key;
        Label = s.Label;
        Verdict = ContractWords.Of(s.Verdict);
        Claims = [.. s.Claims.Select(c => c.Claim)];
        Findings = [.. s.Findings.Select(f => new ReportFinding(f, claims))];
        Resolved = [.. resolved.Select(r => new ReportResolvedValue(r, claims))];
    }

    /// <summary>The subject key (after aliases).</summary>
    public string Key { get; }

    /// <summary>The registry's label, or the key.</summary>
    public string Label { get; }

    /// <summary>The verdict word: <c>conflict</c>, <c>tension</c>, <c>agreement</c> … or <c>single-source</c>.</summary>
    public string Verdict { get; }

    /// <summary>Its claims, ordered by ref.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Its findings, worst first.</summary>
    public ImmutableArray<ReportFinding> Findings { get; }

    /// <summary>For every period its claims speak of, the value most likely true (empty for sets).</summary>
    public ImmutableArray<ReportResolvedValue> Resolved { get; }
}

/// <summary>One conclusion about some claims of a subject.</summary>
public sealed class ReportFinding
{
    internal ReportFinding(Finding f, Func<string, Claim> claims)
    {
        Kind = ContractWords.Of(f.Kind);
        Rule = f.Rule;
        Message = f.Message;
        Claims = [.. f.Claims.Select(claims)];
    }

    /// <summary>The finding word: <c>conflict</c>, <c>tension</c>, <c>agreement</c> ….</summary>
    public string Kind { get; }

    /// <summary>The rule that found it (quantity, bound, category, comparison, baseline).</summary>
    public string Rule { get; }

    /// <summary>One sentence a journalist understands.</summary>
    public string Message { get; }

    /// <summary>The claims it speaks of.</summary>
    public ImmutableArray<Claim> Claims { get; }
}

/// <summary>The value most likely true for one subject and period.</summary>
public sealed class ReportResolvedValue
{
    internal ReportResolvedValue(Resolution.ResolvedValue r, Func<string, Claim> claims)
    {
        Period = r.Period;
        Value = r.Value;
        Min = r.Min;
        Max = r.Max;
        Confidence = r.Confidence;
        Claims = [.. r.Claims.Select(claims)];
    }

    /// <summary>The period as the claims gave it, or "" for claims without one.</summary>
    public string Period { get; }

    /// <summary>The text of the chosen claimed value.</summary>
    public string Value { get; }

    /// <summary>Lower end in the subject's canonical unit (null for a category or an open side).</summary>
    public double? Min { get; }

    /// <summary>Upper end in the subject's canonical unit (null for a category or an open side).</summary>
    public double? Max { get; }

    /// <summary>How sure the method is, 0 to 1.</summary>
    public double Confidence { get; }

    /// <summary>The claims that support the value.</summary>
    public ImmutableArray<Claim> Claims { get; }
}
