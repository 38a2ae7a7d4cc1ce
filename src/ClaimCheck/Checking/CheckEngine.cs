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
        new OpposedComparisonRule(),
    ];

    /// <summary>
    /// Judges <paramref name="groups"/> (in key order, as <see cref="SubjectGrouper.Group"/> gives them).
    /// Deterministic: subjects by key, claims by ref, findings worst first then by claims.
    /// </summary>
    /// <param name="groups">The subjects.</param>
    /// <param name="registry">The merged registries.</param>
    /// <param name="options">Rule options.</param>
    /// <param name="sources">The corpus's sources, so that messages name an attributed claim's outlet ("Britannica, citing …").</param>
    /// <param name="progress">Counts the subjects judged, when given.</param>
    public static ImmutableArray<SubjectResult> Check(
        ImmutableArray<SubjectGroup> groups, Registry registry, RuleOptions? options = null, IEnumerable<Source>? sources = null, RunProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        // Rules see timeless subjects with their periods set to any time, also when another subject compares with them.
        var views = groups.Select(TimelessSubjects.View).ToImmutableArray();
        var context = new CheckContext(registry, views, options, sources ?? []);
        // Subjects are judged independently (the rules are pure); AsOrdered keeps the report in key order.
        return Enumerable.Range(0, groups.Length).AsParallel().AsOrdered()
            .Select(i =>
            {
                var result = SubjectJudge.Judge(groups[i], views[i], context, DefaultRules);
                progress?.Advance();
                return result;
            }).ToImmutableArray();
    }
}
