using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Normalisation;

/// <summary>What makes two quantities comparable: the same dimension, canonical unit and rate period.</summary>
/// <param name="Dimension">Length, area, percent, currency or count.</param>
/// <param name="Unit">Canonical unit.</param>
/// <param name="Per">Rate period ("year"), or null for a stock.</param>
internal readonly record struct QuantityPartition(Dimension Dimension, string Unit, string? Per)
{
    /// <summary>The partition a quantity belongs to.</summary>
    public static QuantityPartition Of(Quantity q) => new(q.Dimension, q.Unit, q.Per);

    /// <summary>
    /// The quantity claims of a single-valued subject, split into comparable partitions in a stable
    /// order; none for a set-valued subject (<c>single: false</c>), whose values never contradict.
    /// </summary>
    public static IEnumerable<List<CheckedClaim>> OfSingleValued(SubjectGroup group) =>
        !group.Single
            ? []
            : group.Claims
                .Where(c => c.Quantity is not null)
                .GroupBy(c => Of(c.Quantity!))
                .OrderBy(p => p.Key.ToString(), StringComparer.Ordinal)
                .Select(p => p.ToList());

    /// <summary>"a length in nm", "money in USD per year" for messages.</summary>
    public static string Describe(QuantityPartition p)
    {
        var what = p.Dimension switch
        {
            Dimension.Length => "a length",
            Dimension.Area => "an area",
            Dimension.Percent => "a percentage",
            Dimension.Currency => "money",
            Dimension.Duration => "a duration",
            Dimension.Mass => "a mass",
            Dimension.Volume => "a volume",
            Dimension.Energy => "an energy",
            Dimension.Power => "a power",
            Dimension.Speed => "a speed",
            Dimension.DataSize => "a data size",
            Dimension.Date => "a date",
            _ => "a count",
        };
        // A date's unit is "date" itself: "a date", not "a date in date".
        var unit = p.Unit.Length == 0 || p.Dimension == Dimension.Date ? "" : " in " + p.Unit;
        var per = p.Per is null ? "" : " per " + p.Per;
        return what + unit + per;
    }
}
