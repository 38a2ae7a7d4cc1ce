using ClaimCheck.Normalisation;
using ClaimCheck.Core;

namespace ClaimCheck.Checking.Rules;

/// <summary>
/// Quantities of a single-valued subject: ranges that do not overlap in overlapping periods are a
/// conflict; claims of two or more sources whose ranges all overlap agree. Amounts in periods that start together
/// and end apart are two moments of a running total (<see cref="RunningTotals"/>), not one time.
/// </summary>
internal sealed class QuantityRangeRule : IContradictionRule
{
    /// <inheritdoc />
    public string Name => "quantity";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(SubjectGroup group, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(context);
        return QuantityPartition.OfSingleValued(group).SelectMany(p => CheckPartition(p, context.Options.MaxFindingsPerRule, group.Tolerance)).ToList();
    }

    private List<Finding> CheckPartition(List<CheckedClaim> claims, int cap, double tolerance)
    {
        var buckets = PeriodBuckets.Of(claims);
        var sweeps = buckets.Select(b => new IntervalSweep(b.Claims)).ToArray();
        var conflicts = new List<Finding>();
        long total = 0;
        var tainted = new bool[buckets.Count];
        var agreeing = new List<BucketPair>();
        var accumulates = RunningTotals.Accumulate(claims);
        var moments = new List<Finding>();

        foreach (var pair in PeriodBuckets.OverlappingPairs(buckets))
        {
            var (a, b) = (sweeps[pair.A.Index], sweeps[pair.B.Index]);
            if (accumulates && RunningTotals.AreMoments(pair))
            {
                // Two moments of a running total: a smaller later total conflicts; otherwise they neither agree nor conflict.
                var (shrinking, found) = RunningTotals.Judge(pair, a, b, Math.Max(0, cap - conflicts.Count), listConsistent: moments.Count < cap);
                if (shrinking > 0)
                {
                    tainted[pair.A.Index] = tainted[pair.B.Index] = true;
                    total += shrinking;
                    conflicts.AddRange(found);
                }
                else
                {
                    moments.AddRange(found);
                }

                continue;
            }

            var disjoint = a.CountDisjoint(b, pair.IsSelf);
            if (disjoint == 0)
            {
                // Ranges that meet only at their edge, of figures further apart than the tolerance ("three hours" and
                // "4 hours"), are both true only if the figure is exactly there: a tension, not a corroboration. Close
                // figures that round to either ("23 miles", "24 miles") still agree.
                var touching = !a.AnyTouching(b, pair.IsSelf) ? [] : a.TouchingPairs(b, pair.IsSelf)
                    .Where(t => IntervalMath.RelativeGap(t.Low.Quantity!.Figure, t.High.Quantity!.Figure) > tolerance)
                    .Take(Math.Max(0, cap - conflicts.Count)).ToList();
                if (touching.Count == 0)
                {
                    agreeing.Add(pair);
                    continue;
                }

                tainted[pair.A.Index] = tainted[pair.B.Index] = true;
                total += touching.Count;
                conflicts.AddRange(touching.Select(t => new Finding(
                    FindingKind.Tension, Name, ConflictQualifier.Refs(t.Low, t.High),
                    $"{QuantityText.Of(t.Low)} vs {QuantityText.Of(t.High)}: the ranges meet only at their edge, so both are true only if the figure is exactly there, and the figures differ by more than the tolerance")));
                continue;
            }

            tainted[pair.A.Index] = tainted[pair.B.Index] = true;
            total += disjoint;
            // Performance: once the cap is listed, further pairs are only counted (a subject of thousands of
            // periods made the pair iterators of millions of bucket pairs to take none of them).
            if (conflicts.Count >= cap) continue;
            foreach (var (low, high) in a.DisjointPairs(b, pair.IsSelf).Take(cap - conflicts.Count))
            {
                conflicts.Add(ConflictQualifier.Judge(
                    Name, low, high, pair.Relation, $"{QuantityText.Of(low)} vs {QuantityText.Of(high)}: the ranges do not overlap"));
            }
        }

        var findings = FindingCap.WithRemainder(conflicts, total);
        findings.AddRange(Agreements(buckets, agreeing, tainted));
        findings.AddRange(moments);
        return findings;
    }

    /// <summary>Buckets linked by agreeing pairs and untouched by any conflict form one agreement each.</summary>
    private IEnumerable<Finding> Agreements(List<PeriodBucket> buckets, List<BucketPair> agreeing, bool[] tainted) =>
        PeriodBuckets.AgreeingGroups(buckets, agreeing, tainted).Select(Agreement);

    private Finding Agreement(List<CheckedClaim> claims)
    {
        var sources = claims.Select(c => c.Claim.SourceId).Distinct(StringComparer.Ordinal).Count();
        var values = ClaimOrder.ByRef(claims)
            .Select(QuantityText.Of)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var shown = string.Join("; ", values.Take(4)) + (values.Count > 4 ? $"; and {values.Count - 4} more values" : "");
        var figures = claims.Select(c => c.Quantity!.Figure).ToList();
        var hasBound = claims.Any(c => IntervalMath.IsLowerBound(c.Quantity!.Interval) || IntervalMath.IsUpperBound(c.Quantity!.Interval));
        var differ = figures.Max() - figures.Min() > 1e-9 * Math.Max(1, Math.Abs(figures.Max()));
        var rounding = (hasBound, differ) switch
        {
            (true, _) => "; the figures meet the bounds",
            (false, true) => "; the figures differ only within rounding or the wording's margin",
            _ => "",
        };
        return new Finding(FindingKind.Agreement, Name, ConflictQualifier.Refs([.. claims]), $"{sources} sources agree: {shown}{rounding}");
    }
}
