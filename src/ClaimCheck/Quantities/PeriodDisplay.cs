using ClaimCheck.Quantities;

namespace ClaimCheck.Quantities;

/// <summary>The period a report shows for a claim.</summary>
internal static class PeriodDisplay
{
    /// <summary>
    /// "" for a claim without a period, the text as written when it could not be resolved,
    /// otherwise the resolved period ("next quarter" written on 2025-03-10 shows as "2025-Q2").
    /// </summary>
    public static string Of(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Text.Trim().Length == 0)
        {
            return "";
        }

        return period.State == PeriodState.Resolved ? period.Display : period.Text.Trim();
    }
}
