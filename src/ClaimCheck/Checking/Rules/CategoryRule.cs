using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ValueClaims = System.Collections.Generic.List<(string Value, System.Collections.Generic.List<ClaimCheck.Normalisation.CheckedClaim> Claims)>;

namespace ClaimCheck.Checking.Rules;

/// <summary>
/// Categories: different values of a single-valued subject in overlapping periods conflict unless
/// containment (<c>within</c>) or a synonym (<c>same</c>) reconciles them; a set-valued subject
/// (<c>single: false</c>) never conflicts. Values that match or nest agree across sources.
/// </summary>
internal sealed class CategoryRule : IContradictionRule
{
    /// <inheritdoc />
    public string Name => "category";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(SubjectGroup group, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(context);
        var claims = group.Claims.Where(c => c.Category is not null).ToList();
        if (claims.Count == 0)
        {
            return [];
        }

        var containment = new Containment(group.Definition, context.Registry, claims.Select(c => c.Category!).Distinct(StringComparer.OrdinalIgnoreCase));
        return group.Single
            ? CheckSingle(claims, containment, context.Options.MaxFindingsPerRule)
            : SharedMembers(claims, containment);
    }

    private List<Finding> CheckSingle(List<CheckedClaim> claims, Containment containment, int cap)
    {
        var buckets = PeriodBuckets.Of(claims);
        var byValue = buckets.Select(ByValue).ToArray();
        var counts = byValue.Select(Counts).ToArray(); // once per bucket, not once per pair it takes part in
        var conflicts = new List<Finding>();
        long total = 0;
        var tainted = new bool[buckets.Count];
        var agreeing = new List<BucketPair>();

        foreach (var pair in PeriodBuckets.OverlappingPairs(buckets))
        {
            var (a, b) = (byValue[pair.A.Index], byValue[pair.B.Index]);
            var disjoint = CountUnreconciledPairs(a, b, counts[pair.A.Index], counts[pair.B.Index], pair.IsSelf, containment);
            if (disjoint > 0 && conflicts.Count < cap)
            {
                // Only the examples are enumerated, and the scan stops at the cap: every pair it skips
                // is a value with one of its ancestors or descendants, so the work stays near-linear.
                foreach (var (va, vb) in UnreconciledPairs(a, b, pair.IsSelf, containment).Take(cap - conflicts.Count))
                {
                    conflicts.Add(ConflictQualifier.Judge(
                        Name, va.Claims[0], vb.Claims[0], pair.Relation,
                        $"{va.Value} vs {vb.Value}: different answers, and neither lies within the other"));
                }
            }

            if (disjoint == 0)
            {
                agreeing.Add(pair);
                continue;
            }

            tainted[pair.A.Index] = tainted[pair.B.Index] = true;
            total += disjoint;
        }

        var findings = FindingCap.WithRemainder(conflicts, total);
        findings.AddRange(Agreements(buckets, agreeing, tainted, containment));
        return findings;
    }

    /// <summary>
    /// Claim pairs whose values neither match nor nest, counted without comparing all value pairs:
    /// all pairs minus the reconciled ones, found by walking each value's chain of containers.
    /// </summary>
    private static long CountUnreconciledPairs(
        ValueClaims a, ValueClaims b, Dictionary<string, long> countA, Dictionary<string, long> countB, bool self, Containment containment)
    {
        long nA = a.Sum(v => v.Claims.Count), nB = self ? nA : b.Sum(v => v.Claims.Count);

        long nested = 0; // pairs where one value lies within the other (never mutual: containment has no loops)
        foreach (var (value, claims) in a)
            nested += claims.Count * containment.Ancestors(value).Sum(x => countB.GetValueOrDefault(x));
        if (!self)
        {
            foreach (var (value, claims) in b)
                nested += claims.Count * containment.Ancestors(value).Sum(x => countA.GetValueOrDefault(x));
        }

        if (self)
        {
            // Unordered pairs of claims with different values.
            var different = (nA * nA - a.Sum(v => (long)v.Claims.Count * v.Claims.Count)) / 2;
            return different - nested;
        }

        var equal = a.Sum(v => (long)v.Claims.Count * countB.GetValueOrDefault(v.Value));
        return nA * nB - equal - nested;
    }

    private static IEnumerable<((string Value, List<CheckedClaim> Claims) A, (string Value, List<CheckedClaim> Claims) B)> UnreconciledPairs(
        ValueClaims a, ValueClaims b, bool self, Containment containment)
    {
        for (var i = 0; i < a.Count; i++)
        {
            // Within one bucket, each unordered pair of values once.
            for (var j = self ? i + 1 : 0; j < b.Count; j++)
            {
                if (!containment.Reconciles(a[i].Value, b[j].Value)) yield return (a[i], b[j]);
            }
        }
    }

    private static Dictionary<string, long> Counts(ValueClaims values) =>
        values.ToDictionary(v => v.Value, v => (long)v.Claims.Count, StringComparer.OrdinalIgnoreCase);

    private IEnumerable<Finding> Agreements(List<PeriodBucket> buckets, List<BucketPair> agreeing, bool[] tainted, Containment containment) =>
        PeriodBuckets.AgreeingGroups(buckets, agreeing, tainted).Select(c => Agreement(c, containment));

    private Finding Agreement(List<CheckedClaim> claims, Containment containment)
    {
        var values = claims.Select(c => c.Category!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var reasons = new List<string>();

        // The innermost value is the most precise; each other value contains it.
        var innermost = values.FirstOrDefault(v => values.All(o => o == v || containment.IsWithin(v, o))) ?? values[0];
        reasons.AddRange(values
            .Where(v => !string.Equals(v, innermost, StringComparison.OrdinalIgnoreCase))
            .Select(v => $"{innermost} lies within {v}"));
        reasons.AddRange(claims
            .Where(c => c.Claim.Value is { } written && !string.Equals(written.Trim(), c.Category, StringComparison.OrdinalIgnoreCase))
            .Select(c => $"{c.Claim.Value!.Trim()} is another name for {c.Category}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
        var why = reasons.Count == 0 ? "" : "; " + string.Join("; ", reasons.Take(4));
        return new Finding(FindingKind.Agreement, Name, ConflictQualifier.Refs([.. claims]), $"{Sources(claims)} sources agree: {innermost}{why}");
    }

    /// <summary>
    /// A set-valued subject: each value two or more sources name is an agreement, and so is a member one source names
    /// within a member another names ("Calais" and "France": the same ceremony, named at two scales); different values
    /// are otherwise simply different members.
    /// </summary>
    private IEnumerable<Finding> SharedMembers(List<CheckedClaim> claims, Containment containment)
    {
        var byValue = claims
            .GroupBy(c => c.Category!, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var g in byValue.Where(g => Sources([.. g]) >= 2))
        {
            yield return new Finding(FindingKind.Agreement, Name, ConflictQualifier.Refs([.. g]), $"{Sources([.. g])} sources name {g.First().Category}");
        }

        var values = byValue.Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var inner in byValue)
        {
            foreach (var outer in containment.Ancestors(inner.Key).Where(values.Contains))
            {
                var both = inner.Concat(byValue.First(g => string.Equals(g.Key, outer, StringComparison.OrdinalIgnoreCase))).ToList();
                if (Sources(both) < 2)
                    continue;
                yield return new Finding(FindingKind.Agreement, Name, ConflictQualifier.Refs([.. both]), $"{Sources(both)} sources agree: {inner.First().Category} lies within {outer}");
            }
        }
    }

    private static ValueClaims ByValue(PeriodBucket bucket) =>
        [.. bucket.Claims
            .GroupBy(c => c.Category!, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First().Category!, ClaimOrder.ByRef(g).ToList()))
            .OrderBy(v => v.Item1, StringComparer.Ordinal)];

    private static int Sources(List<CheckedClaim> claims) =>
        claims.Select(c => c.Claim.SourceId).Distinct(StringComparer.Ordinal).Count();
}
