using ClaimCheck.Core;
using ClaimCheck.Normalisation;
using ClaimCheck.Quantities;

namespace ClaimCheck.Checking;

/// <summary>
/// Claims of an amount whose periods start together and end apart ("around 330 million passengers" from 1994 to
/// 2014, "more than 400 million" from 1994 to 2018) speak of a running total at two moments, not of one time: the
/// later total may be larger than the earlier, never smaller. Such a pair of periods is not compared as one time.
/// </summary>
internal static class RunningTotals
{
    public const string Rule = "running-total";

    /// <summary>
    /// True when the quantities of a partition are amounts that can add up over a period (counts, money, masses,
    /// lengths …): not shares, dates, speeds, powers or rates ("per year"), which do not accumulate.
    /// </summary>
    public static bool Accumulate(IReadOnlyList<CheckedClaim> partition) =>
        partition.Count > 0 && partition[0].Quantity is { Per: null, Dimension: not (Dimension.Percent or Dimension.Date or Dimension.Speed or Dimension.Power) };

    /// <summary>True when two buckets of such a partition are two moments of one running total.</summary>
    public static bool AreMoments(BucketPair pair) =>
        !pair.IsSelf && PeriodOverlap.StartTogetherEndApart(pair.A.Period, pair.B.Period);

    /// <summary>
    /// The findings of two moments. <c>Shrinking</c> counts the pairs whose later total lies wholly below an earlier
    /// one; each is a conflict, and at most <paramref name="cap"/> are listed. With none, where two sources speak, one
    /// consistent finding, when <paramref name="listConsistent"/> (a rule lists at most its cap of them: a subject of
    /// thousands of periods has millions of pairs).
    /// </summary>
    public static (long Shrinking, List<Finding> Findings) Judge(BucketPair pair, IntervalSweep sweepA, IntervalSweep sweepB, int cap, bool listConsistent = true)
    {
        var aEndsFirst = PeriodOverlap.End(pair.A.Period) < PeriodOverlap.End(pair.B.Period);
        var (earlier, later) = aEndsFirst ? (pair.A, pair.B) : (pair.B, pair.A);
        var (earlierSweep, laterSweep) = aEndsFirst ? (sweepA, sweepB) : (sweepB, sweepA);

        var shrinking = laterSweep.CountBelow(earlierSweep);
        if (shrinking > 0)
        {
            if (cap <= 0)
                return (shrinking, []);
            return (shrinking, [.. laterSweep.PairsBelow(earlierSweep).Take(cap).Select(p => ConflictQualifier.Judge(
                Rule, p.High, p.Low, PeriodRelation.Overlapping,
                $"{Moment(p.High)} vs {Moment(p.Low)}: running totals from the same start, and the later total is smaller than the earlier"))]);
        }

        if (!listConsistent)
            return (0, []);
        var claims = earlier.Claims.Concat(later.Claims).ToList();
        if (claims.Select(c => c.Claim.SourceId).Distinct(StringComparer.Ordinal).Count() < 2)
            return (0, []);
        return (0,
        [
            new Finding(FindingKind.Consistent, Rule, ConflictQualifier.Refs([.. claims]),
                $"{Moments(earlier)} then {Moments(later)}: a running total from the same start at two moments, the later at least the earlier; neither contradicts nor confirms the other"),
        ]);
    }

    private static string Moment(CheckedClaim c) => $"{QuantityText.Of(c)} ({PeriodDisplay.Of(c.Period)})";

    private static string Moments(PeriodBucket bucket) =>
        string.Join(", ", bucket.Claims.Select(QuantityText.Of).Distinct(StringComparer.Ordinal).Take(3)) + $" ({PeriodDisplay.Of(bucket.Period)})";
}
