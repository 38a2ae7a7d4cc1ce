using System.Collections.Immutable;
using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Checking;

/// <summary>
/// Subjects with one value for all time (a bridge's length, the day it opened): registry <c>timeless: true</c>, or
/// a subject whose values are dates unless the registry says <c>timeless: false</c>. Their claims are checked with
/// every period replaced by "any time", so any two are compared; the report still shows the periods as written.
/// </summary>
internal static class TimelessSubjects
{
    /// <summary>The unit a date value carries (its interval is of <see cref="DateOnly.DayNumber"/>s).</summary>
    public const string DateUnit = "date";

    /// <summary>Whether the subject is timeless.</summary>
    public static bool Is(SubjectGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.Definition?.Timeless is { } stated) return stated;
        return group.Definition?.Kind == SubjectKind.Date || IsDateValued(group.Claims);
    }

    /// <summary>A subject whose values are dates: it has quantity values and every one of them is a date.</summary>
    public static bool IsDateValued(IEnumerable<CheckedClaim> claims)
    {
        var any = false;
        foreach (var c in claims)
        {
            if (c.Quantity is not { } q) continue;
            if (!string.Equals(q.Unit, DateUnit, StringComparison.Ordinal)) return false;
            any = true;
        }

        return any;
    }

    /// <summary>The group as the rules see it: for a timeless subject, its claims with their periods set to any time.</summary>
    public static SubjectGroup View(SubjectGroup group) =>
        !Is(group) ? group : group with { Claims = [.. group.Claims.Select(c => c with { Period = AnyTime(c.Period) })] };

    /// <summary>A period that overlaps every other (see <see cref="PeriodOverlap.Relate"/>); a "by" deadline keeps the claim a target.</summary>
    public static Period AnyTime(Period written) => written.IsTarget ? AnyTimeTarget : AnyTimePeriod;

    /// <summary>True for the period of a timeless claim.</summary>
    public static bool IsAnyTime(Period p) => ReferenceEquals(p, AnyTimePeriod) || ReferenceEquals(p, AnyTimeTarget);

    private static readonly Period AnyTimePeriod = new("", null, null, PeriodState.Resolved, false);
    private static readonly Period AnyTimeTarget = new("", null, null, PeriodState.Resolved, true);
}
