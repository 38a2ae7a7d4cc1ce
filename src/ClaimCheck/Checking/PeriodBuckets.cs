using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Checking;

/// <summary>Claims that speak of exactly the same period.</summary>
/// <param name="Period">The shared period.</param>
/// <param name="Claims">The claims, ordered by ref.</param>
internal sealed record PeriodBucket(Period Period, IReadOnlyList<CheckedClaim> Claims)
{
    public int Index { get; init; }
}

/// <summary>Two buckets whose periods overlap (or may), possibly a bucket with itself.</summary>
internal readonly record struct BucketPair(PeriodBucket A, PeriodBucket B, PeriodRelation Relation)
{
    public bool IsSelf => ReferenceEquals(A, B);
}

/// <summary>
/// Buckets claims by period so that a subject's check compares only periods that overlap, found
/// with a sweep over start dates instead of comparing all claims with each other.
/// </summary>
internal static class PeriodBuckets
{
    public static List<PeriodBucket> Of(IEnumerable<CheckedClaim> claims)
    {
        // Performance: one bucket record per period (not one, then a copy with its index), sorted in place; the
        // first-seen position breaks ties, so the order is the stable one LINQ's OrderBy/ThenBy gave.
        var groups = claims.GroupBy(c => Key(c.Period)).Select((g, seen) => (Period: g.First().Period, Claims: g, Seen: seen)).ToList();
        if (groups.Count > 1)
        {
            groups.Sort(static (x, y) =>
            {
                var c = x.Period.State.CompareTo(y.Period.State);
                if (c == 0) c = PeriodOverlap.Start(x.Period).CompareTo(PeriodOverlap.Start(y.Period));
                if (c == 0) c = PeriodOverlap.End(x.Period).CompareTo(PeriodOverlap.End(y.Period));
                if (c == 0) c = string.CompareOrdinal(x.Period.Text, y.Period.Text);
                if (c == 0) c = string.CompareOrdinal(x.Period.Anchor, y.Period.Anchor);
                return c != 0 ? c : x.Seen.CompareTo(y.Seen);
            });
        }

        var buckets = new List<PeriodBucket>(groups.Count);
        foreach (var (period, members, _) in groups)
        {
            buckets.Add(new PeriodBucket(period, ClaimOrder.ByRef(members)) { Index = buckets.Count });
        }

        return buckets;
    }

    /// <summary>Every pair of buckets whose periods overlap or may overlap, each once, self-pairs included.</summary>
    public static IEnumerable<BucketPair> OverlappingPairs(IReadOnlyList<PeriodBucket> buckets)
    {
        var resolved = buckets.Where(b => b.Period.State == PeriodState.Resolved).ToList();
        var vague = buckets.Where(b => b.Period.State != PeriodState.Resolved).ToList();

        // Resolved buckets are sorted by start: a later bucket overlaps this one while it starts before this one ends.
        for (var i = 0; i < resolved.Count; i++)
        {
            yield return new BucketPair(resolved[i], resolved[i], PeriodRelation.Overlapping);
            var end = PeriodOverlap.End(resolved[i].Period);
            for (var j = i + 1; j < resolved.Count && PeriodOverlap.Start(resolved[j].Period) <= end; j++)
            {
                yield return new BucketPair(resolved[i], resolved[j], PeriodRelation.Overlapping);
            }
        }

        for (var i = 0; i < vague.Count; i++)
        {
            yield return new BucketPair(vague[i], vague[i], PeriodOverlap.Relate(vague[i].Period, vague[i].Period));
            for (var j = i + 1; j < vague.Count; j++)
            {
                // Vague periods of one article can still be told apart (see PeriodOverlap): skip those that are.
                var relation = PeriodOverlap.Relate(vague[i].Period, vague[j].Period);
                if (relation != PeriodRelation.Disjoint) yield return new BucketPair(vague[i], vague[j], relation);
            }

            foreach (var other in resolved)
            {
                // Uncertain, or overlapping for an undated present against a dated one (see PeriodOverlap).
                var relation = PeriodOverlap.Relate(other.Period, vague[i].Period);
                if (relation != PeriodRelation.Disjoint) yield return new BucketPair(other, vague[i], relation);
            }
        }
    }

    /// <summary>
    /// Buckets linked by agreeing pairs and untouched by any conflict, each group's claims together,
    /// where two or more sources speak: the agreements of a rule.
    /// </summary>
    public static IEnumerable<List<CheckedClaim>> AgreeingGroups(List<PeriodBucket> buckets, List<BucketPair> agreeing, bool[] tainted)
    {
        var parent = Enumerable.Range(0, buckets.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        foreach (var pair in agreeing.Where(p => !tainted[p.A.Index] && !tainted[p.B.Index]))
        {
            parent[Root(pair.A.Index)] = Root(pair.B.Index);
        }

        return buckets
            .Where(b => !tainted[b.Index])
            .GroupBy(b => Root(b.Index))
            .OrderBy(g => g.Key)
            .Select(g => g.SelectMany(b => b.Claims).ToList())
            .Where(c => c.Select(x => x.Claim.SourceId).Distinct(StringComparer.Ordinal).Count() >= 2);
    }

    private static (PeriodState, DateOnly?, DateOnly?, string, string?) Key(Period p) =>
        p.State == PeriodState.Resolved ? (p.State, p.Start, p.End, "", null) : (p.State, null, null, p.Text, p.Anchor);
}
