using System.Collections.Immutable;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Checking;


/// <summary>What a finding says about the claims it names. Ordered from mildest to worst.</summary>
internal enum FindingKind
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
internal enum Verdict
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
internal sealed record Finding(FindingKind Kind, string Rule, ImmutableArray<string> Claims, string Message);

/// <summary>Everything found about one subject.</summary>
/// <param name="Key">Canonical subject key.</param>
/// <param name="Label">Label from the registry, or the key.</param>
/// <param name="Verdict">Worst finding, or single-source.</param>
/// <param name="Claims">Its claims, in a stable order.</param>
/// <param name="Findings">Its findings, worst first, in a stable order.</param>
internal sealed record SubjectResult(
    string Key,
    string Label,
    Verdict Verdict,
    ImmutableArray<CheckedClaim> Claims,
    ImmutableArray<Finding> Findings)
{
    /// <summary>True for a timeless subject: periods are shown but did not separate its claims (nor its resolved values).</summary>
    public bool Timeless { get; init; }
}
