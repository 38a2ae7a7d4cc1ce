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
    /// Two resolved periods overlap when they share a day (an open end reaches to infinity); an undated
    /// present overlaps any other present, dated or not (articles that speak of "now" speak of the same now,
    /// so giving an article its date never weakens a finding); a timeless subject's claims overlap anything;
    /// anything else unresolved may overlap.
    /// </summary>
    public static PeriodRelation Relate(Period a, Period b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (TimelessSubjects.IsAnyTime(a) || TimelessSubjects.IsAnyTime(b))
        {
            return PeriodRelation.Overlapping;
        }

        if ((a.State == PeriodState.UndatedPresent && IsPresent(b)) || (b.State == PeriodState.UndatedPresent && IsPresent(a)))
        {
            return PeriodRelation.Overlapping;
        }

        if (a.Anchor is not null && a.Anchor == b.Anchor)
        {
            // One article, one (unknown) date: "five years ago" and its present are placed against any
            // common date; both are relative, so where they fall against each other does not depend on it.
            var (pa, pb) = (PeriodParser.Parse(a.Text, CommonAnchor).Value, PeriodParser.Parse(b.Text, CommonAnchor).Value);
            if (pa is not null && pb is not null) return Relate(pa, pb);
        }

        if (a.State != PeriodState.Resolved || b.State != PeriodState.Resolved)
        {
            return PeriodRelation.Uncertain;
        }

        return a.Overlaps(b) ? PeriodRelation.Overlapping : PeriodRelation.Disjoint;
    }

    /// <summary>
    /// True when two periods, each given by its claim and resolved, start on the same day and end on different
    /// days: one is a prefix of the other ("1994..2014" and "1994..2018", "since 1994" in articles of 2014 and 2018).
    /// </summary>
    public static bool StartTogetherEndApart(Period a, Period b) =>
        a.State == PeriodState.Resolved && b.State == PeriodState.Resolved && !IsPresent(a) && !IsPresent(b)
        && a.Start is { } start && start == b.Start && a.End is { } endA && b.End is { } endB && endA != endB;

    /// <summary>A claim without a period: its article's present, dated (the twelve months to publication) or not.</summary>
    internal static bool IsPresent(Period p) =>
        p.State != PeriodState.Unresolved && string.IsNullOrWhiteSpace(p.Text) && !TimelessSubjects.IsAnyTime(p);

    private static readonly DateOnly CommonAnchor = new(2000, 7, 1);

    /// <summary>First day, with an open start as the earliest day.</summary>
    internal static DateOnly Start(Period p) => p.Start ?? DateOnly.MinValue;

    /// <summary>Last day, with an open end as the latest day.</summary>
    internal static DateOnly End(Period p) => p.End ?? DateOnly.MaxValue;
}
