namespace ClaimCheck.Quantities;

/// <summary>How well a period is known.</summary>
public enum PeriodState
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
public sealed record Period(string Text, DateOnly? Start, DateOnly? End, PeriodState State, bool IsTarget)
{
    // Implemented by the quantities work (issue 3): Overlaps, Year, Display, ...
}
