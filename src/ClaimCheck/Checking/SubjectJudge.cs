using System.Collections.Immutable;
using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Checking;

/// <summary>Runs the rules over one subject and turns its findings into a verdict.</summary>
internal static class SubjectJudge
{
    /// <summary>The subject's result: findings worst first then by claims, verdict the worst finding or single-source.</summary>
    public static SubjectResult Judge(SubjectGroup group, CheckContext context, IEnumerable<IContradictionRule> rules) =>
        Judge(group, TimelessSubjects.View(group), context, rules);

    /// <summary>
    /// Judges <paramref name="view"/> (the group as the rules see it: a timeless subject's periods set to any time)
    /// and reports the claims of <paramref name="group"/> as written.
    /// </summary>
    internal static SubjectResult Judge(SubjectGroup group, SubjectGroup view, CheckContext context, IEnumerable<IContradictionRule> rules)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rules);
        var findings = rules.SelectMany(r => r.Check(view, context)).ToList();
        if (Origins.AnyAttributed(view.Claims))
        {
            findings = Attributions.Apply(findings, view, context);
        }

        if (findings.Count == 0 && group.SourceCount >= 2)
        {
            findings.Add(NothingToCompare(view));
        }

        var ordered = Order(findings);
        var verdict = ordered.Length == 0 ? Verdict.SingleSource : ToVerdict(ordered[0].Kind);
        return new SubjectResult(group.Key, group.Label, verdict, group.Claims, ordered) { Timeless = !ReferenceEquals(group, view) };
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
        FindingKind.Agreement => Verdict.Agreement,
        FindingKind.Consistent => Verdict.Consistent,
        _ => Verdict.Unchecked,
    };

    /// <summary>
    /// Two or more sources and no rule found anything. Consistent when values were compared and none contradicts
    /// or confirms another (a time series; different members of a set); unchecked when nothing could be compared,
    /// and the message says why (values that did not read, different units or kinds, comparisons without figures).
    /// </summary>
    private static Finding NothingToCompare(SubjectGroup group)
    {
        var refs = ConflictQualifier.Refs([.. group.Claims]);
        var sources = group.SourceCount;
        var values = group.Claims.Where(c => c.Quantity is not null || c.Category is not null).ToList();
        if (!group.Single)
        {
            if (SourceCount(values) >= 2)
            {
                return new Finding(FindingKind.Consistent, "set", refs, $"{sources} sources name different members of a set; none contradicts another");
            }
        }
        else if (values.GroupBy(KindKey, StringComparer.Ordinal).Any(g => SourceCount(g) >= 2))
        {
            // The rules compare every pair of comparable values of two sources in overlapping periods, and found
            // nothing: such values of two sources exist only in periods that do not overlap.
            var periods = values.Select(c => PeriodDisplay.Of(c.Period)).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var shown = string.Join(", ", periods.Take(5)) + (periods.Count > 5 ? ", …" : "");
            return new Finding(FindingKind.Consistent, ConflictQualifier.PeriodRule, refs, $"{sources} sources speak of different periods ({shown}): a time series, not a contradiction and not a confirmation");
        }

        return new Finding(FindingKind.Unchecked, "unchecked", refs, $"{sources} sources speak of it, but their claims could not be compared: {string.Join("; ", WhyUnchecked(group, values))}");
    }

    private static IEnumerable<string> WhyUnchecked(SubjectGroup group, List<CheckedClaim> values)
    {
        var reasons = new List<string>();
        var unread = group.Claims.Where(c => c.Quantity is null && c.Category is null && c.Comparison is null).ToList();
        if (unread.Count > 0)
        {
            reasons.Add($"{Listed(unread, c => $"'{(c.Claim.Value ?? c.Claim.Compare ?? "").Trim()}' ({c.Claim.Ref})")} did not read (see the diagnostics)");
        }

        var kinds = values.GroupBy(KindKey, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (kinds.Count >= 2)
        {
            reasons.Add($"the values measure different things or are in units that do not convert ({string.Join(", ", kinds.Take(4).Select(g => Describe(g.First())))})");
        }

        var comparisons = group.Claims.Where(c => c.Comparison is not null).ToList();
        if (comparisons.Count > 0)
        {
            reasons.Add($"{Listed(comparisons, c => $"'{c.Claim.Compare!.Trim()}' ({c.Claim.Ref})")} {(comparisons.Count == 1 ? "has" : "have")} no figures to check {(comparisons.Count == 1 ? "it" : "them")}");
        }

        if (reasons.Count == 0)
        {
            reasons.Add("only one source gives a value that reads");
        }

        return reasons;
    }

    private static string Listed(List<CheckedClaim> claims, Func<CheckedClaim, string> show) =>
        string.Join(", ", claims.Take(3).Select(show)) + (claims.Count > 3 ? $" and {claims.Count - 3} more" : "");

    /// <summary>What makes two values comparable: both categories, or quantities of one partition.</summary>
    private static string KindKey(CheckedClaim c) =>
        c.Quantity is { } q ? "q:" + QuantityPartition.Of(q) : "category";

    private static string Describe(CheckedClaim c) =>
        c.Quantity is { } q ? QuantityPartition.Describe(QuantityPartition.Of(q)) : "a category";

    private static int SourceCount(IEnumerable<CheckedClaim> claims) =>
        claims.Select(c => c.Claim.SourceId).Distinct(StringComparer.Ordinal).Count();
}
