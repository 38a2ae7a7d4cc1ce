using ClaimCheck.Core;
using ClaimCheck.Normalisation;
using ClaimCheck.Quantities;

namespace ClaimCheck.Checking;

/// <summary>How a quantity claim is named in a message: as written, with its conversion when one was made.</summary>
internal static class QuantityText
{
    public static string Of(CheckedClaim c)
    {
        var q = c.Quantity!;
        if (q.Rate is { } low && q.RateHigh is { } high)
        {
            // The claim's year is unknown: say so, and the span of rates the figures cover.
            return $"{q.Text} ≈ {FigureText.Format(q)} at {Number(low.PerUsd)} to {Number(high.PerUsd)} {low.Currency} per USD (year unknown: every rate of {Number(Math.Min(low.Year, high.Year))}–{Number(Math.Max(low.Year, high.Year))})";
        }

        // A spelling of several units ("tons"): say so, and the span its figures were given.
        if (q.UnitMeanings is { } meanings)
        {
            var span = q.Interval.IsBounded ? $": {FigureText.Format(q.Interval.Min, q.Unit)} to {FigureText.Format(q.Interval.Max, q.Unit)}" : "";
            return $"{q.Text} ({meanings}{span})";
        }

        return q.Rate is { } rate
            ? $"{q.Text} ≈ {FigureText.Format(q)} at {Number(rate.PerUsd)} {rate.Currency} per USD ({Number(rate.Year)})"
            : q.Text;
    }

    /// <summary>True when showing the claim took an exchange rate.</summary>
    public static bool IsConverted(CheckedClaim c) => c.Quantity?.Rate is not null;

    private static string Number(double d) => d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Keeps a rule's list of pairs short and says how many more there were.</summary>
internal static class FindingCap
{
    /// <summary>Appends "(and N more pairs)" to the last finding when <paramref name="total"/> exceeds what is listed.</summary>
    public static List<Finding> WithRemainder(List<Finding> listed, long total)
    {
        // Sorted as the report will show them, so the count ends the rule's list.
        listed = [.. SubjectJudge.Order(listed)];
        var more = total - listed.Count;
        if (more > 0 && listed.Count > 0)
        {
            var last = listed[^1];
            listed[^1] = last with
            {
                Message = last.Message + string.Create(
                    System.Globalization.CultureInfo.InvariantCulture, $" (and {more:#,0} more {(more == 1 ? "pair" : "pairs")})"),
            };
        }

        return listed;
    }
}
