using System.Collections.Immutable;
using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Checking;

/// <summary>Runs the rules over one subject and turns its findings into a verdict.</summary>
internal static class SubjectJudge
{
    /// <summary>The subject's result: findings worst first then by claims, verdict the worst finding or single-source.</summary>
    public static SubjectResult Judge(SubjectGroup group, CheckContext context, IEnumerable<IContradictionRule> rules)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(rules);
        var findings = rules.SelectMany(r => r.Check(group, context)).ToList();
        if (findings.Count == 0 && group.SourceCount >= 2)
        {
            findings.Add(NothingToCompare(group));
        }

        var ordered = Order(findings);
        var verdict = ordered.Length == 0 ? Verdict.SingleSource : ToVerdict(ordered[0].Kind);
        return new SubjectResult(group.Key, group.Label, verdict, group.Claims, ordered);
    }

    /// <summary>Worst first, then by the claims' refs, the rule and the message (all ordinal).</summary>
    public static ImmutableArray<Finding> Order(IEnumerable<Finding> findings) =>
        [.. findings
            .OrderByDescending(f => f.Kind)
            .ThenBy(f => string.Join('\n', f.Claims), StringComparer.Ordinal)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)];

    private static Verdict ToVerdict(FindingKind kind) => kind switch
    {
        FindingKind.Conflict => Verdict.Conflict,
        FindingKind.Tension => Verdict.Tension,
        _ => Verdict.Agreement,
    };

    /// <summary>
    /// Two or more sources and nothing to compare (a time series, members of a set, values that
    /// cannot be compared): nothing contradicts, which the report calls an agreement and says why.
    /// </summary>
    private static Finding NothingToCompare(SubjectGroup group)
    {
        var refs = ConflictQualifier.Refs([.. group.Claims]);
        var sources = group.SourceCount;
        if (!group.Single)
        {
            return new Finding(FindingKind.Agreement, "set", refs, $"{sources} sources name different members of a set; none contradicts another");
        }

        var periods = group.Claims.Select(c => PeriodDisplay.Of(c.Period)).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var values = group.Claims.Where(c => c.Quantity is not null || c.Category is not null).ToList();
        var anyOverlap = PeriodBuckets.OverlappingPairs(PeriodBuckets.Of(values))
            .Any(p => p.Relation != PeriodRelation.Disjoint && (!p.IsSelf || p.A.Claims.Count >= 2));
        if (values.Count >= 2 && !anyOverlap)
        {
            var shown = string.Join(", ", periods.Take(5)) + (periods.Count > 5 ? ", …" : "");
            return new Finding(FindingKind.Agreement, ConflictQualifier.PeriodRule, refs, $"{sources} sources speak of different periods ({shown}): a time series, not a contradiction");
        }

        return new Finding(FindingKind.Agreement, "unchecked", refs, $"{sources} sources speak of it, but their claims cannot be checked against each other");
    }
}
