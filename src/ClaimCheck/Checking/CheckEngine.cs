using System.Collections.Immutable;
using ClaimCheck.Checking.Rules;
using ClaimCheck.Core;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Checking;

/// <summary>Judges grouped claims: runs every rule on every subject.</summary>
internal static class CheckEngine
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
    /// Judges <paramref name="groups"/> (in key order, as <see cref="SubjectGrouper.Group"/> gives them).
    /// Deterministic: subjects by key, claims by ref, findings worst first then by claims.
    /// </summary>
    public static ImmutableArray<SubjectResult> Check(ImmutableArray<SubjectGroup> groups, Registry registry, RuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var context = new CheckContext(registry, groups, options);
        // Subjects are judged independently (the rules are pure); AsOrdered keeps the report in key order.
        return groups.AsParallel().AsOrdered().Select(g => SubjectJudge.Judge(g, context, DefaultRules)).ToImmutableArray();
    }
}
