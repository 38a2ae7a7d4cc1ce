using System.Collections.Immutable;
using ClaimCheck.Quantities;
using ClaimCheck.Resolution;

namespace ClaimCheck.Model;

/// <summary>What a finding says about the claims it names. Ordered from mildest to worst.</summary>
public enum FindingKind
{
    /// <summary>Two or more sources speak of it, but their claims could not be compared.</summary>
    Unchecked,

    /// <summary>Compared: none contradicts another, none confirms another (a time series, members of a set).</summary>
    Consistent,

    /// <summary>Two or more sources whose values corroborate each other.</summary>
    Agreement,

    /// <summary>All true only under a loose reading.</summary>
    Tension,

    /// <summary>They cannot all be true.</summary>
    Conflict,
}

/// <summary>A subject's overall verdict: its worst finding, or single-source.</summary>
public enum Verdict
{
    /// <summary>Only one source speaks of this subject.</summary>
    SingleSource,

    /// <summary>Two or more sources speak of it, but their claims could not be compared.</summary>
    Unchecked,

    /// <summary>Compared: none contradicts another, none confirms another (a time series, members of a set).</summary>
    Consistent,

    /// <summary>Two or more sources whose values corroborate each other.</summary>
    Agreement,

    /// <summary>All true only under a loose reading.</summary>
    Tension,

    /// <summary>They cannot all be true.</summary>
    Conflict,
}

/// <summary>One conclusion about some claims of a subject.</summary>
/// <param name="Kind">Conflict, tension, agreement, consistent or unchecked.</param>
/// <param name="Rule">The rule that found it (quantity, category, comparison, status, period).</param>
/// <param name="Claims">The claims' refs, <c>SOURCE-ID/CLAIM-ID</c>, in a stable order.</param>
/// <param name="Message">One sentence a journalist understands.</param>
public sealed record Finding(FindingKind Kind, string Rule, ImmutableArray<string> Claims, string Message);

/// <summary>A claim after reading: its subject resolved, its value and period understood.</summary>
/// <param name="Claim">The claim as written.</param>
/// <param name="SubjectKey">The canonical subject key after alias resolution.</param>
/// <param name="Quantity">The value read as a quantity, when it is one.</param>
/// <param name="Category">The value as a category (after <c>same</c> synonyms), when it is one.</param>
/// <param name="Comparison">The comparison, when the claim compares.</param>
/// <param name="Period">The period, resolved against the source's publication date.</param>
public sealed record CheckedClaim(
    Claim Claim,
    string SubjectKey,
    Quantity? Quantity,
    string? Category,
    Comparison? Comparison,
    Period Period);

/// <summary>A comparison claim: this subject against another.</summary>
/// <param name="Operator">"more-than", "less-than", "same-as", or "factor".</param>
/// <param name="Factor">For a factor ("3x"), the interval of factors the wording allows.</param>
/// <param name="OtherSubject">The subject compared against (canonical key).</param>
public sealed record Comparison(string Operator, Interval? Factor, string OtherSubject);

/// <summary>Everything found about one subject.</summary>
/// <param name="Key">Canonical subject key.</param>
/// <param name="Label">Label from the registry, or the key.</param>
/// <param name="Verdict">Worst finding, or single-source.</param>
/// <param name="Claims">Its claims, in a stable order.</param>
/// <param name="Findings">Its findings, worst first, in a stable order.</param>
public sealed record SubjectResult(
    string Key,
    string Label,
    Verdict Verdict,
    ImmutableArray<CheckedClaim> Claims,
    ImmutableArray<Finding> Findings)
{
    /// <summary>True for a timeless subject: periods are shown but did not separate its claims (nor its resolved values).</summary>
    public bool Timeless { get; init; }

    /// <summary>For every period its claims speak of, the value most likely true (empty for sets and before resolution).</summary>
    public ImmutableArray<ResolvedValue> Resolved { get; init; } = [];
}

/// <summary>Counts shown at the top of every report.</summary>
public sealed record ReportSummary(
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

/// <summary>The one report model every writer (JSON, HTML, SARIF) renders.</summary>
/// <param name="ToolVersion">The version of ClaimCheck that made it.</param>
/// <param name="Summary">Counts.</param>
/// <param name="Sources">Sources ordered by id.</param>
/// <param name="Subjects">Subjects ordered by key.</param>
/// <param name="Diagnostics">Every diagnostic, ordered by file, line, column, code.</param>
public sealed record CheckReport(
    string ToolVersion,
    ReportSummary Summary,
    ImmutableArray<Source> Sources,
    ImmutableArray<SubjectResult> Subjects,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>How far each source can be trusted, by source id (empty before resolution).</summary>
    public ImmutableArray<SourceTrust> Trust { get; init; } = [];

    /// <summary>Pairs of sources that probably copy each other, by ids.</summary>
    public ImmutableArray<SourceDependence> Dependence { get; init; } = [];
}
