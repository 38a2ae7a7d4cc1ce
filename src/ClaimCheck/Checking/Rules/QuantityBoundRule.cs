using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Checking.Rules;

/// <summary>
/// Two bounds in the same direction whose figures lie further apart than the subject's tolerance
/// ("over 200" against "over 300") can both be true, but each suggests another figure: a tension.
/// </summary>
internal sealed class QuantityBoundRule : IContradictionRule
{
    /// <inheritdoc />
    public string Name => "bound";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(SubjectGroup group, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        var seen = new HashSet<(string, string)>();
        var cap = context.Options.MaxFindingsPerRule;
        foreach (var partition in QuantityPartition.OfSingleValued(group))
        {
            var buckets = PeriodBuckets.Of(partition);

            // Each bucket's lowest and highest bound once; a pair's are the extremes of its two buckets,
            // so a subject with many periods costs one pass over its claims, not one per pair of periods.
            var lower = new Spread[buckets.Count];
            var upper = new Spread[buckets.Count];
            foreach (var bucket in buckets)
            {
                lower[bucket.Index] = Spread.Of(bucket.Claims, lowerBounds: true);
                upper[bucket.Index] = Spread.Of(bucket.Claims, lowerBounds: false);
            }

            var accumulates = RunningTotals.Accumulate(partition);
            foreach (var pair in PeriodBuckets.OverlappingPairs(buckets))
            {
                // Two moments of a running total may well suggest different figures (see QuantityRangeRule).
                if (accumulates && RunningTotals.AreMoments(pair)) continue;

                // Many pairs of periods name the same two extreme claims: each pair of claims is
                // written up once, and the rule stops once it has as many findings as it may list.
                if (findings.Count >= cap) return findings;
                var (a, b) = (pair.A.Index, pair.B.Index);
                AddSpread(findings, seen, pair.IsSelf ? lower[a] : Spread.Join(lower[a], lower[b]), group.Tolerance, "at least");
                AddSpread(findings, seen, pair.IsSelf ? upper[a] : Spread.Join(upper[a], upper[b]), group.Tolerance, "at most");
            }
        }

        return findings.Take(cap);
    }

    /// <summary>The lowest and highest figure among bounds of one direction; a tension when they lie too far apart.</summary>
    private void AddSpread(List<Finding> findings, HashSet<(string, string)> seen, Spread spread, double tolerance, string direction)
    {
        if (spread.Count < 2)
        {
            return;
        }

        var (low, high) = (spread.Low!, spread.High!);
        if (IntervalMath.RelativeGap(low.Quantity!.Figure, high.Quantity!.Figure) <= tolerance)
        {
            return;
        }

        // The same key the findings are told apart by: the two refs in ordinal order.
        var (x, y) = (low.Claim.Ref, high.Claim.Ref);
        if (!seen.Add(string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x)))
        {
            return;
        }

        var others = spread.Count > 2 ? $" ({spread.Count - 2} more bounds lie between)" : "";
        findings.Add(new Finding(
            FindingKind.Tension,
            Name,
            ConflictQualifier.Refs(low, high),
            $"{QuantityText.Of(low)} vs {QuantityText.Of(high)}: both can be true, but each suggests a different figure ({direction} {FigureText.Format(low.Quantity)} against {direction} {FigureText.Format(high.Quantity)}){others}"));
    }

    /// <summary>
    /// The first and last of some bounds in the order (figure, then ref, ordinal) and how many there are:
    /// what sorting them and taking both ends gave, in one pass. On equal keys the first is the earliest
    /// and the last the latest, as a stable sort leaves them.
    /// </summary>
    private readonly record struct Spread(CheckedClaim? Low, CheckedClaim? High, int Count)
    {
        public static Spread Of(IReadOnlyList<CheckedClaim> claims, bool lowerBounds)
        {
            var spread = default(Spread);
            foreach (var claim in claims)
            {
                var interval = claim.Quantity!.Interval;
                if (lowerBounds ? !IntervalMath.IsLowerBound(interval) : !IntervalMath.IsUpperBound(interval)) continue;
                spread = Join(spread, new Spread(claim, claim, 1));
            }

            return spread;
        }

        public static Spread Join(Spread first, Spread then)
        {
            if (first.Count == 0) return then;
            if (then.Count == 0) return first;
            var low = Compare(then.Low!, first.Low!) < 0 ? then.Low : first.Low;
            var high = Compare(then.High!, first.High!) >= 0 ? then.High : first.High;
            return new Spread(low, high, first.Count + then.Count);
        }

        private static int Compare(CheckedClaim x, CheckedClaim y)
        {
            var byFigure = Comparer<double>.Default.Compare(x.Quantity!.Figure, y.Quantity!.Figure);
            return byFigure != 0 ? byFigure : StringComparer.Ordinal.Compare(x.Claim.Ref, y.Claim.Ref);
        }
    }
}
