using System.Globalization;

namespace ClaimCheck.Quantities;

/// <summary>How well a period is known.</summary>
internal enum PeriodState
{
    /// <summary>Start and end dates are known (an end may be open: "since 2020").</summary>
    Resolved,

    /// <summary>A relative period ("last year") with no publication date to anchor it: may overlap anything.</summary>
    Unresolved,

    /// <summary>No period and no publication date: the article's present, unknown; may overlap anything.</summary>
    UndatedPresent,
}

/// <summary>The time a claim speaks of.</summary>
/// <param name="Text">As written, or "" when the claim gives none.</param>
/// <param name="Start">First day, inclusive; null when open or unknown.</param>
/// <param name="End">Last day, inclusive; null when open or unknown.</param>
/// <param name="State">Resolved, unresolved, or undated present.</param>
/// <param name="IsTarget">True for "by 2030": a deadline, which makes the claim a target.</param>
internal sealed record Period(string Text, DateOnly? Start, DateOnly? End, PeriodState State, bool IsTarget)
{
    /// <summary>
    /// For a relative period or a present whose article has no publication date: the source id.
    /// Periods of one article share its (unknown) date, so they can still be placed against each other.
    /// </summary>
    public string? Anchor { get; init; }

    /// <summary>
    /// True when the two periods share a day. An unresolved period or an undated present may overlap
    /// anything; an open end is unbounded; both bounds are inclusive days.
    /// </summary>
    public bool Overlaps(Period other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (State != PeriodState.Resolved || other.State != PeriodState.Resolved)
            return true;
        var start = Max(Start ?? DateOnly.MinValue, other.Start ?? DateOnly.MinValue);
        var end = Min(End ?? DateOnly.MaxValue, other.End ?? DateOnly.MaxValue);
        return start <= end;
    }

    /// <summary>
    /// The year whose exchange rate fits this period: the year of its middle day when both ends are known
    /// (the twelve months to 2025-03-10 mostly lie in 2024), the deadline's year for a target, otherwise the
    /// known end's year; null when unresolved or undated.
    /// </summary>
    public int? Year => State != PeriodState.Resolved ? null : (Start, End) switch
    {
        (_, { } end) when IsTarget => end.Year,
        ({ } start, { } end) => start.AddDays((end.DayNumber - start.DayNumber) / 2).Year,
        ({ } start, null) => start.Year,
        (null, { } end) => end.Year,
        _ => null,
    };

    /// <summary>
    /// A short, stable rendering: "2024", "2024-Q3", "2024-03", "2024-03-15", "2020..2024", "since 2020",
    /// "by 2030", "12 months to 2025-03-10", "unresolved: last year", "undated present".
    /// </summary>
    public string Display => State switch
    {
        PeriodState.Unresolved => $"unresolved: {Text.Trim()}",
        PeriodState.UndatedPresent => "undated present",
        _ => DisplayResolved(),
    };

    /// <inheritdoc/>
    public override string ToString() => Display;

    private string DisplayResolved()
    {
        if (IsTarget && End is { } deadline)
            return $"by {FormatEnd(deadline)}";
        return (Start, End) switch
        {
            ({ } start, { } end) when end.Year > 1 && end.AddYears(-1).AddDays(1) == start && !IsCalendarYear(start, end) => $"12 months to {Day(end)}",
            ({ } start, { } end) => Span(start, end),
            ({ } start, null) => $"since {FormatStart(start)}",
            (null, { } end) => $"until {FormatEnd(end)}",
            _ => "any time",
        };
    }

    // One calendar unit (year, quarter, month, day) is written as that unit; anything else as start..end.
    private static string Span(DateOnly start, DateOnly end)
    {
        if (start == end)
            return Day(start);
        if (IsCalendarYear(start, end))
            return start.Year.ToString(CultureInfo.InvariantCulture);
        if (start.Day == 1 && (start.Month - 1) % 3 == 0 && end == LastDayOfMonth(start.AddMonths(2)))
            return string.Create(CultureInfo.InvariantCulture, $"{start.Year}-Q{((start.Month - 1) / 3) + 1}");
        if (start.Day == 1 && end == LastDayOfMonth(start))
            return start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return $"{FormatStart(start)}..{FormatEnd(end)}";
    }

    private static bool IsCalendarYear(DateOnly start, DateOnly end) =>
        start.Year == end.Year && start == new DateOnly(start.Year, 1, 1) && end == new DateOnly(end.Year, 12, 31);

    private static DateOnly LastDayOfMonth(DateOnly day) => new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

    private static string FormatStart(DateOnly start) =>
        start.Month == 1 && start.Day == 1 ? start.Year.ToString(CultureInfo.InvariantCulture) : Day(start);

    private static string FormatEnd(DateOnly end) =>
        end.Month == 12 && end.Day == 31 ? end.Year.ToString(CultureInfo.InvariantCulture) : Day(end);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
