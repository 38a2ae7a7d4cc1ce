using ClaimCheck.Model;
using ClaimCheck.Quantities;

namespace ClaimCheck.Checking;

/// <summary>
/// Quantity claims sorted by their lower and by their upper ends, so that disjoint pairs are
/// counted with binary searches (n log n) and the starkest ones listed without visiting all pairs.
/// </summary>
internal sealed class IntervalSweep
{
    private readonly CheckedClaim[] byLower;
    private readonly (double, int)[] lowerKeys;
    private readonly CheckedClaim[] byUpper;
    private readonly (double, int)[] upperKeys;

    public IntervalSweep(IEnumerable<CheckedClaim> claims)
    {
        var all = claims.ToArray();
        byLower = [.. all.OrderBy(c => IntervalMath.LowerKey(I(c))).ThenBy(c => c.Claim.Ref, StringComparer.Ordinal)];
        lowerKeys = [.. byLower.Select(c => IntervalMath.LowerKey(I(c)))];
        byUpper = [.. all.OrderBy(c => IntervalMath.UpperKey(I(c))).ThenBy(c => c.Claim.Ref, StringComparer.Ordinal)];
        upperKeys = [.. byUpper.Select(c => IntervalMath.UpperKey(I(c)))];
    }

    public int Count => byLower.Length;

    /// <summary>Pairs (x, y), x from this set and y from <paramref name="other"/>, whose intervals do not overlap; each unordered pair once when the sets are the same.</summary>
    public long CountDisjoint(IntervalSweep other, bool same)
    {
        long count = 0;
        foreach (var c in byLower)
        {
            count += other.CountAbove(I(c));
            if (!same)
            {
                count += other.CountBelow(I(c));
            }
        }

        return count;
    }

    /// <summary>Disjoint pairs, lower claim first, starkest first: the lowest intervals against the highest.</summary>
    public IEnumerable<(CheckedClaim Low, CheckedClaim High)> DisjointPairs(IntervalSweep other, bool same)
    {
        foreach (var pair in Above(this, other))
        {
            yield return pair;
        }

        if (!same)
        {
            foreach (var pair in Above(other, this))
            {
                yield return pair;
            }
        }
    }

    /// <summary>The claim with the smallest upper end, and the one with the largest lower end.</summary>
    public (CheckedClaim LowestUpper, CheckedClaim HighestLower) Extremes() => (byUpper[0], byLower[^1]);

    private static IEnumerable<(CheckedClaim, CheckedClaim)> Above(IntervalSweep lows, IntervalSweep highs)
    {
        foreach (var low in lows.byUpper)
        {
            var threshold = IntervalMath.AboveThreshold(I(low));
            var any = false;
            for (var k = highs.byLower.Length - 1; k >= 0 && highs.lowerKeys[k].CompareTo(threshold) > 0; k--)
            {
                any = true;
                yield return (low, highs.byLower[k]);
            }

            if (!any)
            {
                // Upper ends only grow from here, so no later claim has anything above it either.
                yield break;
            }
        }
    }

    private long CountAbove(Interval i)
    {
        var threshold = IntervalMath.AboveThreshold(i);
        return lowerKeys.Length - FirstGreater(lowerKeys, threshold);
    }

    private long CountBelow(Interval i)
    {
        var threshold = IntervalMath.BelowThreshold(i);
        return FirstNotLess(upperKeys, threshold);
    }

    private static int FirstGreater((double, int)[] keys, (double, int) value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid].CompareTo(value) > 0) { hi = mid; } else { lo = mid + 1; }
        }

        return lo;
    }

    private static int FirstNotLess((double, int)[] keys, (double, int) value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid].CompareTo(value) >= 0) { hi = mid; } else { lo = mid + 1; }
        }

        return lo;
    }

    private static Interval I(CheckedClaim c) => c.Quantity!.Interval;
}
