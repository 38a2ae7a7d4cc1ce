using ClaimCheck.Grouping;
using ClaimCheck.Model;

namespace ClaimCheck.Checking.Rules;

/// <summary>
/// Two bounds in the same direction whose figures lie further apart than the subject's tolerance
/// ("over 200" against "over 300") can both be true, but each suggests another figure: a tension.
/// </summary>
public sealed class QuantityBoundRule : IContradictionRule
{
    /// <inheritdoc />
    public string Name => "bound";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(SubjectGroup group, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(context);
        if (!group.Single)
        {
            return [];
        }

        var findings = new List<Finding>();
        var partitions = group.Claims
            .Where(c => c.Quantity is not null)
            .GroupBy(c => QuantityPartition.Of(c.Quantity!))
            .OrderBy(p => p.Key.ToString(), StringComparer.Ordinal);
        foreach (var partition in partitions)
        {
            var buckets = PeriodBuckets.Of(partition);
            foreach (var pair in PeriodBuckets.OverlappingPairs(buckets))
            {
                var claims = pair.IsSelf ? pair.A.Claims : [.. pair.A.Claims, .. pair.B.Claims];
                AddSpread(findings, claims.Where(c => IntervalMath.IsLowerBound(c.Quantity!.Interval)), group.Tolerance, "at least");
                AddSpread(findings, claims.Where(c => IntervalMath.IsUpperBound(c.Quantity!.Interval)), group.Tolerance, "at most");
            }
        }

        return findings.DistinctBy(f => string.Join(' ', f.Claims)).Take(context.Options.MaxFindingsPerRule);
    }

    /// <summary>The lowest and highest figure among bounds of one direction; a tension when they lie too far apart.</summary>
    private void AddSpread(List<Finding> findings, IEnumerable<CheckedClaim> bounds, double tolerance, string direction)
    {
        var sorted = bounds
            .OrderBy(c => c.Quantity!.Figure)
            .ThenBy(c => c.Claim.Ref, StringComparer.Ordinal)
            .ToList();
        if (sorted.Count < 2)
        {
            return;
        }

        var (low, high) = (sorted[0], sorted[^1]);
        if (IntervalMath.RelativeGap(low.Quantity!.Figure, high.Quantity!.Figure) <= tolerance)
        {
            return;
        }

        var others = sorted.Count > 2 ? $" ({sorted.Count - 2} more bounds lie between)" : "";
        findings.Add(new Finding(
            FindingKind.Tension,
            Name,
            ConflictQualifier.Refs(low, high),
            $"{QuantityText.Of(low)} vs {QuantityText.Of(high)}: both can be true, but each suggests a different figure ({direction} {FigureText.Format(low.Quantity)} against {direction} {FigureText.Format(high.Quantity)}){others}"));
    }
}
