using ClaimCheck.Quantities;

namespace ClaimCheck.Checking;

/// <summary>Whether two claims speak of the same time.</summary>
internal enum PeriodRelation
{
    /// <summary>The periods do not overlap: a time series, never a conflict.</summary>
    Disjoint,

    /// <summary>The periods overlap.</summary>
    Overlapping,

    /// <summary>At least one period could not be placed in time: they may overlap.</summary>
    Uncertain,
}

/// <summary>Relates two periods as the contract defines it.</summary>
internal static class PeriodOverlap
{
    /// <summary>
    /// Two resolved periods overlap when they share a day (an open end reaches to infinity);
    /// two undated presents overlap; anything else unresolved may overlap.
    /// </summary>
    public static PeriodRelation Relate(Period a, Period b)
    {
        if (a.Anchor is not null && a.Anchor == b.Anchor)
        {
            // One article, one (unknown) date: "five years ago" and its present are placed against any
            // common date; both are relative, so where they fall against each other does not depend on it.
            var (pa, pb) = (PeriodParser.Parse(a.Text, CommonAnchor).Value, PeriodParser.Parse(b.Text, CommonAnchor).Value);
            if (pa is not null && pb is not null) return Relate(pa, pb);
        }

        if (a.State == PeriodState.UndatedPresent && b.State == PeriodState.UndatedPresent)
        {
            return PeriodRelation.Overlapping;
        }

        if (a.State != PeriodState.Resolved || b.State != PeriodState.Resolved)
        {
            return PeriodRelation.Uncertain;
        }

        return a.Overlaps(b) ? PeriodRelation.Overlapping : PeriodRelation.Disjoint;
    }

    private static readonly DateOnly CommonAnchor = new(2000, 7, 1);

    /// <summary>First day, with an open start as the earliest day.</summary>
    internal static DateOnly Start(Period p) => p.Start ?? DateOnly.MinValue;

    /// <summary>Last day, with an open end as the latest day.</summary>
    internal static DateOnly End(Period p) => p.End ?? DateOnly.MaxValue;
}
