using System.Globalization;
using ClaimCheck.Quantities;

namespace ClaimCheck.Checking;

/// <summary>Shows a resolved period the way the claim files write periods ("2024", "2025-Q2", "2020..2024").</summary>
public static class PeriodDisplay
{
    /// <summary>
    /// "" for a claim without a period, the text as written when it could not be resolved,
    /// otherwise the shortest contract form that names the same days.
    /// </summary>
    public static string Of(Period period)
    {
        if (period.Text.Length == 0)
        {
            return "";
        }

        if (period.State != PeriodState.Resolved)
        {
            return period.Text;
        }

        return (period.Start, period.End) switch
        {
            (null, null) => period.Text,
            (null, { } end) => "by " + Day(end),
            ({ } start, null) => "since " + Day(start),
            ({ } start, { } end) => Span(start, end),
        };
    }

    private static string Span(DateOnly start, DateOnly end)
    {
        var inv = CultureInfo.InvariantCulture;
        var wholeYears = start is { Month: 1, Day: 1 } && end is { Month: 12, Day: 31 };
        if (wholeYears)
        {
            return start.Year == end.Year
                ? start.Year.ToString(inv)
                : string.Create(inv, $"{start.Year}..{end.Year}");
        }

        var endsMonth = start.Day == 1 && end.AddDays(1).Day == 1;
        if (endsMonth && start.Year == end.Year && start.Month == end.Month)
        {
            return start.ToString("yyyy-MM", inv);
        }

        if (endsMonth && start.Year == end.Year && start.Month % 3 == 1 && end.Month == start.Month + 2)
        {
            return string.Create(inv, $"{start.Year}-Q{(start.Month + 2) / 3}");
        }

        return start == end ? Day(start) : Day(start) + ".." + Day(end);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
