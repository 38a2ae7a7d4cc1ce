using System.Collections.Concurrent;
using ClaimCheck.Core;

namespace ClaimCheck.Quantities;

/// <summary>Brings a physical quantity into the unit a registry gives its subject ("unit: km").</summary>
internal static class TargetUnits
{
    // A corpus names a handful of registry units; each is looked up in the catalogue once.
    private static readonly ConcurrentDictionary<string, UnitInfo?> Resolved = new(StringComparer.Ordinal);

    /// <summary>True when the registry unit is a length (then "828 m" is metres, not 828 million).</summary>
    public static bool IsLength(string? target) =>
        !string.IsNullOrWhiteSpace(target) && Resolved.GetOrAdd(target, static t => UnitCatalog.Find(t)) is { Dimension: Dimension.Length };

    public static ParseResult<Quantity> Convert(ParseResult<Quantity> result, string? target)
    {
        if (!result.Success || string.IsNullOrWhiteSpace(target) || result.Value is not { } q)
            return result;
        if (q.Dimension is Dimension.Count or Dimension.Currency or Dimension.Date or Dimension.Percent)
            return result;
        var unit = Resolved.GetOrAdd(target, static t => UnitCatalog.Find(t));

        // A value of another dimension stays in its canonical unit: the mixed-dimension warning names it.
        if (unit is not { } u || u.Dimension != q.Dimension)
            return result;
        var factor = 1 / u.Factor;
        return ParseResult<Quantity>.Ok(q with { Figure = q.Figure * factor, Interval = q.Interval.Scale(factor), Unit = u.Symbol });
    }
}
