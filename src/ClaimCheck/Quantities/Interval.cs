using System.Globalization;

namespace ClaimCheck.Quantities;

/// <summary>
/// A set of real numbers between two bounds, each open or closed; an infinite side is
/// <see cref="double.NegativeInfinity"/> or <see cref="double.PositiveInfinity"/> (always open).
/// </summary>
/// <param name="Min">Lower bound.</param>
/// <param name="Max">Upper bound.</param>
/// <param name="MinInclusive">Whether <paramref name="Min"/> belongs to the interval.</param>
/// <param name="MaxInclusive">Whether <paramref name="Max"/> belongs to the interval.</param>
internal readonly record struct Interval(double Min, double Max, bool MinInclusive, bool MaxInclusive)
{
    /// <summary>The single value <paramref name="value"/>: [x, x].</summary>
    public static Interval Exact(double value) => Closed(value, value);

    /// <summary>[min, max]; an infinite side is made open.</summary>
    public static Interval Closed(double min, double max) => Make(min, max, true, true);

    /// <summary>(min, max).</summary>
    public static Interval Open(double min, double max) => Make(min, max, false, false);

    /// <summary>[x, +inf): "at least x".</summary>
    public static Interval AtLeast(double value) => Make(value, double.PositiveInfinity, true, false);

    /// <summary>(x, +inf): "over x".</summary>
    public static Interval Above(double value) => Make(value, double.PositiveInfinity, false, false);

    /// <summary>(-inf, x]: "at most x".</summary>
    public static Interval AtMost(double value) => Make(double.NegativeInfinity, value, false, true);

    /// <summary>(-inf, x): "under x".</summary>
    public static Interval Below(double value) => Make(double.NegativeInfinity, value, false, false);

    /// <summary>(-inf, +inf): every number.</summary>
    public static Interval Unbounded => new(double.NegativeInfinity, double.PositiveInfinity, false, false);

    /// <summary>True when both sides are finite.</summary>
    public bool IsBounded => double.IsFinite(Min) && double.IsFinite(Max);

    /// <summary>True when no number belongs to the interval (Min above Max, a NaN bound, or an open point).</summary>
    public bool IsEmpty => double.IsNaN(Min) || double.IsNaN(Max) || Min > Max || (Min == Max && !(MinInclusive && MaxInclusive));

    /// <summary>
    /// The middle of a bounded interval; the finite bound of a half-bounded one;
    /// <see cref="double.NaN"/> when unbounded on both sides.
    /// </summary>
    public double Midpoint => (double.IsFinite(Min), double.IsFinite(Max)) switch
    {
        (true, true) => (Min / 2) + (Max / 2),
        (true, false) => Min,
        (false, true) => Max,
        _ => double.NaN,
    };

    /// <summary>True when <paramref name="value"/> belongs to the interval.</summary>
    public bool Contains(double value) =>
        !double.IsNaN(value)
        && (value > Min || (MinInclusive && value == Min))
        && (value < Max || (MaxInclusive && value == Max));

    /// <summary>True when some number belongs to both intervals.</summary>
    public bool Overlaps(Interval other) => Intersect(other) is not null;

    /// <summary>The numbers in both intervals, or null when they share none.</summary>
    public Interval? Intersect(Interval other)
    {
        if (IsEmpty || other.IsEmpty)
            return null;

        // The higher lower bound and the lower upper bound; on a tie the stricter (open) side wins.
        var (min, minInclusive) = Min > other.Min ? (Min, MinInclusive)
            : other.Min > Min ? (other.Min, other.MinInclusive)
            : (Min, MinInclusive && other.MinInclusive);
        var (max, maxInclusive) = Max < other.Max ? (Max, MaxInclusive)
            : other.Max < Max ? (other.Max, other.MaxInclusive)
            : (Max, MaxInclusive && other.MaxInclusive);
        var result = new Interval(min, max, minInclusive, maxInclusive);
        return result.IsEmpty ? null : result;
    }

    /// <summary>
    /// Moves each finite bound away from the middle by <paramref name="relative"/> of its own magnitude
    /// ("about 100" with 0.1 is [90, 110]); open/closed sides are kept, so the result contains the original.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="relative"/> is negative or not finite.</exception>
    public Interval Widen(double relative)
    {
        if (!double.IsFinite(relative) || relative < 0)
            throw new ArgumentOutOfRangeException(nameof(relative), relative, "A widening is a finite, non-negative fraction.");
        var min = double.IsFinite(Min) ? Min - (relative * Math.Abs(Min)) : Min;
        var max = double.IsFinite(Max) ? Max + (relative * Math.Abs(Max)) : Max;
        return this with { Min = min, Max = max };
    }

    /// <summary>
    /// Every number multiplied by <paramref name="factor"/> (a unit conversion). A negative factor swaps the
    /// sides; zero gives [0, 0].
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="factor"/> is not finite.</exception>
    public Interval Scale(double factor)
    {
        if (!double.IsFinite(factor))
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "A scale factor is a finite number.");
        if (factor == 0)
            return Exact(0);
        return factor > 0
            ? Make(Min * factor, Max * factor, MinInclusive, MaxInclusive)
            : Make(Max * factor, Min * factor, MaxInclusive, MinInclusive);
    }

    /// <summary>
    /// How far apart two disjoint intervals are, relative to their magnitude: the gap divided by the larger
    /// of the two facing bounds' absolute values ("3 nm" against "7 nm": 3 / 6.5 ≈ 0.46).
    /// 0 when they overlap or touch.
    /// </summary>
    public double RelativeGap(Interval other)
    {
        if (Overlaps(other))
            return 0;
        var (lowerMax, upperMin) = Max <= other.Min ? (Max, other.Min) : (other.Max, Min);
        var gap = upperMin - lowerMax;
        var magnitude = Math.Max(Math.Abs(lowerMax), Math.Abs(upperMin));
        if (!(gap > 0) || !double.IsFinite(gap))
            return 0;
        return magnitude == 0 ? 0 : gap / magnitude;
    }

    /// <summary>
    /// The ratios numerator / denominator allow ("A is nearly 3x B" is checked as A / B inside the factor).
    /// A denominator that contains or touches zero allows any ratio: the result is unbounded.
    /// </summary>
    public static Interval Divide(Interval numerator, Interval denominator)
    {
        if (numerator.IsEmpty || denominator.IsEmpty)
            return Unbounded;
        if (denominator.Min <= 0 && denominator.Max >= 0)
            return Unbounded;

        Span<(double Value, bool Inclusive)> corners =
        [
            Corner(numerator.Min, numerator.MinInclusive, denominator.Min, denominator.MinInclusive),
            Corner(numerator.Min, numerator.MinInclusive, denominator.Max, denominator.MaxInclusive),
            Corner(numerator.Max, numerator.MaxInclusive, denominator.Min, denominator.MinInclusive),
            Corner(numerator.Max, numerator.MaxInclusive, denominator.Max, denominator.MaxInclusive),
        ];
        var low = corners[0];
        var high = corners[0];
        foreach (var corner in corners)
        {
            if (double.IsNaN(corner.Value))
                return Unbounded; // infinity over infinity: any ratio is possible
            low = Pick(low, corner, corner.Value < low.Value);
            high = Pick(high, corner, corner.Value > high.Value);
        }

        return Make(low.Value, high.Value, low.Inclusive, high.Inclusive);

        static (double, bool) Corner(double n, bool nInclusive, double d, bool dInclusive) =>
            (n / d, nInclusive && dInclusive && double.IsFinite(n) && double.IsFinite(d));

        static (double Value, bool Inclusive) Pick((double Value, bool Inclusive) current, (double Value, bool Inclusive) candidate, bool better) =>
            better ? candidate
            : candidate.Value == current.Value ? (current.Value, current.Inclusive || candidate.Inclusive)
            : current;
    }

    /// <summary>Written with brackets for closed and parentheses for open sides: <c>[2.5, 3.5]</c>, <c>(3, +inf)</c>.</summary>
    public string Display =>
        string.Create(CultureInfo.InvariantCulture, $"{(MinInclusive ? '[' : '(')}{Format(Min)}, {Format(Max)}{(MaxInclusive ? ']' : ')')}");

    /// <inheritdoc/>
    public override string ToString() => Display;

    /// <summary>A number as the displays write it: invariant, up to 12 significant digits, infinities as ±inf.</summary>
    internal static string Format(double value) => value switch
    {
        double.PositiveInfinity => "+inf",
        double.NegativeInfinity => "-inf",
        _ => value.ToString("G12", CultureInfo.InvariantCulture),
    };

    // Infinite sides are always open, whatever the caller asked for.
    private static Interval Make(double min, double max, bool minInclusive, bool maxInclusive) =>
        new(min, max, minInclusive && double.IsFinite(min), maxInclusive && double.IsFinite(max));
}
