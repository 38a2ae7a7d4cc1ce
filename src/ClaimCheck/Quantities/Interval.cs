namespace ClaimCheck.Quantities;

/// <summary>
/// A set of real numbers between two bounds, each open or closed; an infinite side is
/// <see cref="double.NegativeInfinity"/> or <see cref="double.PositiveInfinity"/> (always open).
/// </summary>
/// <param name="Min">Lower bound.</param>
/// <param name="Max">Upper bound.</param>
/// <param name="MinInclusive">Whether <paramref name="Min"/> belongs to the interval.</param>
/// <param name="MaxInclusive">Whether <paramref name="Max"/> belongs to the interval.</param>
public readonly record struct Interval(double Min, double Max, bool MinInclusive, bool MaxInclusive)
{
    // Implemented by the quantities work (issue 3): Overlaps, Contains, Scale, Widen, GapRelative, ...
}
