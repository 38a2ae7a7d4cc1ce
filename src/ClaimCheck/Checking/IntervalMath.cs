using ClaimCheck.Quantities;

namespace ClaimCheck.Checking;

/// <summary>
/// The ordering of interval ends that the sweep and the rules sort by (open and closed ends honoured
/// exactly); overlap itself is <see cref="Interval.Overlaps"/>.
/// </summary>
internal static class IntervalMath
{
    /// <summary>True when every number of <paramref name="a"/> is smaller than every number of <paramref name="b"/>.</summary>
    public static bool IsBelow(Interval a, Interval b) =>
        a.Max < b.Min || (a.Max == b.Min && !(a.MaxInclusive && b.MinInclusive));

    /// <summary>"over 200": open towards plus infinity only.</summary>
    public static bool IsLowerBound(Interval i) => double.IsPositiveInfinity(i.Max) && !double.IsNegativeInfinity(i.Min);

    /// <summary>"below 45%": open towards minus infinity only.</summary>
    public static bool IsUpperBound(Interval i) => double.IsNegativeInfinity(i.Min) && !double.IsPositiveInfinity(i.Max);

    /// <summary>
    /// Sort key of a lower end: a closed end sorts before an open end at the same number, so
    /// "b lies above a" is "LowerKey(b) &gt; AboveThreshold(a)".
    /// </summary>
    public static (double Value, int Openness) LowerKey(Interval i) => (i.Min, i.MinInclusive ? 0 : 1);

    /// <summary>The lower key every interval entirely above <paramref name="a"/> exceeds.</summary>
    public static (double Value, int Openness) AboveThreshold(Interval a) => (a.Max, a.MaxInclusive ? 0 : -1);

    /// <summary>Sort key of an upper end, mirroring <see cref="LowerKey"/>.</summary>
    public static (double Value, int Openness) UpperKey(Interval i) => (i.Max, i.MaxInclusive ? 0 : -1);

    /// <summary>The upper key every interval entirely below <paramref name="a"/> falls short of.</summary>
    public static (double Value, int Openness) BelowThreshold(Interval a) => (a.Min, a.MinInclusive ? 0 : 1);

    /// <summary>Relative distance between two figures: |a − b| / max(|a|, |b|); 0 when both are 0.</summary>
    public static double RelativeGap(double a, double b)
    {
        var scale = Math.Max(Math.Abs(a), Math.Abs(b));
        return scale == 0 ? 0 : Math.Abs(a - b) / scale;
    }
}
