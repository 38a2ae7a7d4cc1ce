using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Checking.Rules;

/// <summary>
/// A comparison ("more-than", "less-than", "same-as", "3x") checked arithmetically against the
/// values other claims give for both subjects in overlapping periods: refuted is a conflict,
/// borne out by figures from other sources is an agreement.
/// </summary>
internal sealed class ComparisonRule : IContradictionRule
{
    /// <inheritdoc />
    public string Name => "comparison";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(SubjectGroup group, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var claim in group.Claims.Where(c => c.Comparison is not null))
        {
            var evidence = ComparisonEvidence.For(claim, group, context);
            if (!evidence.CanCheck)
            {
                continue;
            }

            foreach (var partition in evidence.Own.Select(c => QuantityPartition.Of(c.Quantity!)).Distinct().OrderBy(p => p.ToString(), StringComparer.Ordinal))
            {
                var own = evidence.Own.Where(c => QuantityPartition.Of(c.Quantity!) == partition).ToList();
                var other = evidence.Other.Where(c => QuantityPartition.Of(c.Quantity!) == partition).ToList();
                if (other.Count > 0 && Judge(claim, group.Key, own, other, evidence.Relation) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    private Finding? Judge(CheckedClaim claim, string subject, List<CheckedClaim> own, List<CheckedClaim> other, PeriodRelation relation)
    {
        var comparison = claim.Comparison!;
        (CheckedClaim Own, CheckedClaim Other)? refutation = comparison.Operator switch
        {
            "more-than" => Below(own, other),
            "less-than" => Below(other, own) is { } r ? (r.High, r.Low) : null,
            "same-as" => Below(own, other) ?? (Below(other, own) is { } r ? (r.High, r.Low) : null),
            "factor" when comparison.Factor is { } factor => FactorOutside(own, other, factor),
            _ => null,
        };
        var what = $"'{claim.Claim.Compare}'";
        if (refutation is { } witness)
        {
            return ConflictQualifier.Judge(
                Name, [claim, witness.Own, witness.Other], relation,
                $"{what} does not hold: {QuantityText.Of(witness.Own)} for {subject} against {QuantityText.Of(witness.Other)} for {comparison.OtherSubject}");
        }

        var used = own.Concat(other).Prepend(claim).ToList();
        if (used.Select(c => c.Claim.SourceId).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return null;
        }

        return new Finding(
            FindingKind.Agreement, Name, ConflictQualifier.Refs([.. used]),
            $"{what} holds: {Shown(own)} for {subject} against {Shown(other)} for {comparison.OtherSubject}");
    }

    /// <summary>A pair whose first interval lies entirely below the second: the smallest upper end against the largest lower end.</summary>
    private static (CheckedClaim Low, CheckedClaim High)? Below(List<CheckedClaim> lows, List<CheckedClaim> highs)
    {
        var low = lows.MinBy(c => IntervalMath.UpperKey(c.Quantity!.Interval))!;
        var high = highs.MaxBy(c => IntervalMath.LowerKey(c.Quantity!.Interval))!;
        return IntervalMath.IsBelow(low.Quantity!.Interval, high.Quantity!.Interval) ? (low, high) : null;
    }

    /// <summary>
    /// Interval division for positive values: own/other spans [own.Min/other.Max, own.Max/other.Min];
    /// the comparison is refuted when some pair's span misses the stated factor entirely.
    /// </summary>
    private static (CheckedClaim Own, CheckedClaim Other)? FactorOutside(List<CheckedClaim> own, List<CheckedClaim> other, Interval factor)
    {
        var ownPositive = own.Where(c => c.Quantity!.Interval.Min >= 0).ToList();
        var otherPositive = other.Where(c => c.Quantity!.Interval.Min > 0).ToList();
        if (ownPositive.Count == 0 || otherPositive.Count == 0)
        {
            return null;
        }

        var smallOwn = ownPositive.MinBy(c => c.Quantity!.Interval.Max)!;
        var largeOther = otherPositive.MaxBy(c => c.Quantity!.Interval.Min)!;
        var highest = smallOwn.Quantity!.Interval.Max / largeOther.Quantity!.Interval.Min;
        if (highest < factor.Min || (highest == factor.Min && !factor.MinInclusive))
        {
            return (smallOwn, largeOther);
        }

        var largeOwn = ownPositive.MaxBy(c => c.Quantity!.Interval.Min)!;
        var smallOther = otherPositive.MinBy(c => c.Quantity!.Interval.Max)!;
        var lowest = largeOwn.Quantity!.Interval.Min / smallOther.Quantity!.Interval.Max;
        return lowest > factor.Max || (lowest == factor.Max && !factor.MaxInclusive) ? (largeOwn, smallOther) : null;
    }

    private static string Shown(List<CheckedClaim> claims)
    {
        var texts = claims.Select(QuantityText.Of).Distinct(StringComparer.Ordinal).Take(3).ToList();
        return string.Join(", ", texts) + (claims.Count > 3 ? ", …" : "");
    }
}
