using ClaimCheck.Checking;
using ClaimCheck.Quantities;

namespace ClaimCheck.Resolution;

/// <summary>ClaimCheck's semantics of support between two candidates (docs/resolution.md, "ClaimCheck's semantics of support").</summary>
internal static class CandidateSupport
{
    /// <summary>
    /// The probability that a claim of <paramref name="claimed"/> is right when <paramref name="truth"/> is the true
    /// value: 1 when the claimed value contains the truth (a place that contains it, a bound or range it lies in),
    /// 0.5 when two intervals only overlap, 0 when they contradict.
    /// </summary>
    public static double RightIfTrue(Candidate claimed, Candidate truth, Containment containment)
    {
        if (claimed.Category is { } c && truth.Category is { } t)
        {
            return string.Equals(c, t, StringComparison.OrdinalIgnoreCase) || containment.IsWithin(t, c) ? 1 : 0;
        }

        if (claimed.Quantity is { } cq && truth.Quantity is { } tq && Comparable(cq, tq))
        {
            if (IsSubset(tq.Interval, cq.Interval)) return 1;
            return cq.Interval.Overlaps(tq.Interval) ? 0.5 : 0;
        }

        return 0;
    }

    /// <summary>Whether a claim of <paramref name="a"/> supports <paramref name="b"/> in the report's sense: the two can both be true.</summary>
    public static bool Supports(Candidate a, Candidate b, Containment containment)
    {
        if (a.Category is { } c && b.Category is { } t)
        {
            return containment.Reconciles(c, t);
        }

        return a.Quantity is { } aq && b.Quantity is { } bq && Comparable(aq, bq) && aq.Interval.Overlaps(bq.Interval);
    }

    /// <summary>True when every number of <paramref name="inner"/> belongs to <paramref name="outer"/>.</summary>
    public static bool IsSubset(Interval inner, Interval outer)
    {
        if (inner.IsEmpty) return true;
        var lowOk = outer.Min < inner.Min || (outer.Min == inner.Min && (outer.MinInclusive || !inner.MinInclusive));
        var highOk = inner.Max < outer.Max || (outer.Max == inner.Max && (outer.MaxInclusive || !inner.MaxInclusive));
        return lowOk && highOk;
    }

    private static bool Comparable(Quantity a, Quantity b) =>
        a.Dimension == b.Dimension
        && string.Equals(a.Unit, b.Unit, StringComparison.Ordinal)
        && string.Equals(a.Per, b.Per, StringComparison.Ordinal);
}

/// <summary>
/// What makes two claimed values one candidate: a category (case-insensitive), or a quantity's dimension, unit,
/// rate period (case-insensitive) and exact interval.
/// </summary>
// Performance: a value, not a formatted string per claim, which was most of what building the problem allocated
// (docs/performance.md, "Resolution refactor").
internal readonly record struct CandidateKey(
    string? Category, Dimension Dimension, string? Unit, string? Per, long MinBits, long MaxBits, bool MinInclusive, bool MaxInclusive)
{
    public static IEqualityComparer<CandidateKey> Comparer { get; } = new KeyComparer();

    public static CandidateKey Of(Quantity q) =>
        new(null, q.Dimension, q.Unit ?? "", q.Per ?? "", Bits(q.Interval.Min), Bits(q.Interval.Max), q.Interval.MinInclusive, q.Interval.MaxInclusive);

    // Exact identity of the number, as its round-trip text was: -0 and 0 differ, every NaN is one NaN.
    private static long Bits(double value) => double.IsNaN(value) ? long.MinValue : BitConverter.DoubleToInt64Bits(value);

    private sealed class KeyComparer : IEqualityComparer<CandidateKey>
    {
        public bool Equals(CandidateKey x, CandidateKey y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Category, y.Category) && x.Dimension == y.Dimension
            && StringComparer.OrdinalIgnoreCase.Equals(x.Unit, y.Unit) && StringComparer.OrdinalIgnoreCase.Equals(x.Per, y.Per)
            && x.MinBits == y.MinBits && x.MaxBits == y.MaxBits && x.MinInclusive == y.MinInclusive && x.MaxInclusive == y.MaxInclusive;

        public int GetHashCode(CandidateKey key) => HashCode.Combine(
            key.Category is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(key.Category),
            key.Dimension,
            key.Unit is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(key.Unit),
            key.MinBits,
            key.MaxBits);
    }
}
