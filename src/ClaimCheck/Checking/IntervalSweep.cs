using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Checking;

/// <summary>
/// Quantity claims sorted by their lower and by their upper ends, so that disjoint pairs are
/// counted in merge-like passes over the sorted ends and the starkest ones listed without visiting all pairs.
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
        (byLower, lowerKeys) = SortBy(all, static c => IntervalMath.LowerKey(I(c)));
        (byUpper, upperKeys) = SortBy(all, static c => IntervalMath.UpperKey(I(c)));
    }

    /// <summary>
    /// The claims by key, then by ref, with their keys: the order a LINQ OrderBy/ThenBy gave, sorted in
    /// place (a sweep is built for every period bucket of every subject, and LINQ's sorting allocated most of judging).
    /// </summary>
    private static (CheckedClaim[] Claims, (double, int)[] Keys) SortBy(CheckedClaim[] all, Func<CheckedClaim, (double, int)> keyOf)
    {
        var keys = new (double, int)[all.Length];
        var order = new int[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            keys[i] = keyOf(all[i]);
            order[i] = i;
        }

        if (all.Length <= InsertionSortUpTo)
        {
            // Performance: most period buckets hold a handful of claims; a comparison delegate and its closure per
            // sweep were a good part of judging's allocation. The order is total, so every sort gives the same one.
            for (var i = 1; i < order.Length; i++)
            {
                var x = order[i];
                var j = i - 1;
                for (; j >= 0 && Compare(order[j], x, keys, all) > 0; j--) order[j + 1] = order[j];
                order[j + 1] = x;
            }
        }
        else
        {
            Array.Sort(order, (a, b) => Compare(a, b, keys, all));
        }
        var claims = new CheckedClaim[all.Length];
        var sortedKeys = new (double, int)[all.Length];
        for (var i = 0; i < order.Length; i++)
        {
            claims[i] = all[order[i]];
            sortedKeys[i] = keys[order[i]];
        }

        return (claims, sortedKeys);
    }

    private const int InsertionSortUpTo = 16;

    private static int Compare(int a, int b, (double, int)[] keys, CheckedClaim[] all)
    {
        var byKey = keys[a].CompareTo(keys[b]);
        if (byKey != 0) return byKey;
        var byRef = string.CompareOrdinal(all[a].Claim.Ref, all[b].Claim.Ref);
        return byRef != 0 ? byRef : a.CompareTo(b); // refs are unique; the index keeps it a total order regardless
    }

    public int Count => byLower.Length;

    /// <summary>Pairs (x, y), x from this set and y from <paramref name="other"/>, whose intervals do not overlap; each unordered pair once when the sets are the same.</summary>
    public long CountDisjoint(IntervalSweep other, bool same)
    {
        // Both sides are sorted, and the thresholds are the sort keys themselves (AboveThreshold is the
        // upper key, BelowThreshold the lower key), so one merge-like pass counts each direction:
        // linear per pair of period buckets instead of a binary search per claim.
        var count = CountBelow(other);
        if (!same)
        {
            var j = 0;
            foreach (var lower in lowerKeys)
            {
                while (j < other.upperKeys.Length && other.upperKeys[j].CompareTo(lower) < 0) j++;
                count += j; // the other's intervals entirely below this one
            }
        }

        return count;
    }

    /// <summary>Disjoint pairs, lower claim first, starkest first: the lowest intervals against the highest.</summary>
    public IEnumerable<(CheckedClaim Low, CheckedClaim High)> DisjointPairs(IntervalSweep other, bool same) => BothWays(other, same, Above);

    /// <summary>Pairs (x, y), x from this set wholly below y from <paramref name="other"/>: one merge-like pass.</summary>
    public long CountBelow(IntervalSweep other)
    {
        long count = 0;
        var k = 0;
        foreach (var upper in upperKeys)
        {
            while (k < other.lowerKeys.Length && other.lowerKeys[k].CompareTo(upper) <= 0) k++;
            count += other.lowerKeys.Length - k; // the other's intervals entirely above this one
        }

        return count;
    }

    /// <summary>Pairs (x, y), x from this set wholly below y from <paramref name="other"/>, starkest first.</summary>
    public IEnumerable<(CheckedClaim Low, CheckedClaim High)> PairsBelow(IntervalSweep other) => Above(this, other);

    /// <summary>
    /// Pairs (x, y) whose intervals share exactly one number, each of positive width: x's closed upper end is y's closed
    /// lower end ("three hours" [2.5, 3.5] h and "4 hours" [3.5, 4.5] h). Both are true only if the figure is exactly
    /// there: a loose reading. Dates are excluded (their bounds are whole days, not points). Found by binary search.
    /// </summary>
    public IEnumerable<(CheckedClaim Low, CheckedClaim High)> TouchingPairs(IntervalSweep other, bool same) => BothWays(other, same, Touching);

    /// <summary>Whether <see cref="TouchingPairs"/> has any pair, without enumerating them (most bucket pairs have none).</summary>
    public bool AnyTouching(IntervalSweep other, bool same) => AnyTouching(this, other) || (!same && AnyTouching(other, this));

    private static bool AnyTouching(IntervalSweep lows, IntervalSweep highs)
    {
        foreach (var low in lows.byUpper)
        {
            for (var k = FirstTouching(low, highs); k >= 0 && k < highs.lowerKeys.Length && highs.lowerKeys[k] == (I(low).Max, 0); k++)
            {
                if (Touches(low, highs.byLower[k])) return true;
            }
        }

        return false;
    }

    // The first of the highs whose lower key is the closed upper end of low, or -1 when low cannot touch any.
    private static int FirstTouching(CheckedClaim low, IntervalSweep highs)
    {
        var i = I(low);
        if (!i.MaxInclusive || !double.IsFinite(i.Max) || !(i.Min < i.Max) || low.Quantity!.Dimension == Dimension.Date)
            return -1;
        var key = (i.Max, 0);
        var k = Array.BinarySearch(highs.lowerKeys, key);
        if (k < 0) return -1;
        while (k > 0 && highs.lowerKeys[k - 1] == key) k--;
        return k;
    }

    private static bool Touches(CheckedClaim low, CheckedClaim high)
    {
        var h = I(high);
        return h.Min < h.Max && !ReferenceEquals(high, low);
    }

    // This set's pairs against the other's, then (for two different sets) the other's against this one's.
    private IEnumerable<(CheckedClaim Low, CheckedClaim High)> BothWays(
        IntervalSweep other, bool same, Func<IntervalSweep, IntervalSweep, IEnumerable<(CheckedClaim, CheckedClaim)>> pairs) =>
        same ? pairs(this, other) : pairs(this, other).Concat(pairs(other, this));

    private static IEnumerable<(CheckedClaim, CheckedClaim)> Touching(IntervalSweep lows, IntervalSweep highs)
    {
        foreach (var low in lows.byUpper)
        {
            for (var k = FirstTouching(low, highs); k >= 0 && k < highs.lowerKeys.Length && highs.lowerKeys[k] == (I(low).Max, 0); k++)
            {
                if (Touches(low, highs.byLower[k]))
                    yield return (low, highs.byLower[k]);
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

    private static Interval I(CheckedClaim c) => c.Quantity!.Interval;
}
