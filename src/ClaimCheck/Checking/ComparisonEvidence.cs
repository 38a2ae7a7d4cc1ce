using ClaimCheck.Normalisation;
using ClaimCheck.Core;

namespace ClaimCheck.Checking;

/// <summary>The figures that can check a comparison: values of both subjects in periods that overlap the comparison's.</summary>
/// <param name="Comparison">The comparison claim.</param>
/// <param name="Own">Quantity claims of the comparison's own subject.</param>
/// <param name="Other">Quantity claims of the subject it is compared with.</param>
/// <param name="Relation">Uncertain when any period involved could not be placed in time.</param>
internal sealed record ComparisonEvidence(
    CheckedClaim Comparison, List<CheckedClaim> Own, List<CheckedClaim> Other, PeriodRelation Relation)
{
    public bool CanCheck => Own.Count > 0 && Other.Count > 0;

    public static ComparisonEvidence For(CheckedClaim comparison, SubjectGroup own, CheckContext context)
    {
        var otherGroup = context.Groups.GetValueOrDefault(comparison.Comparison!.OtherSubject);
        var ownValues = Overlapping(comparison, own.Claims);
        var otherValues = Overlapping(comparison, otherGroup?.Claims ?? []);
        var uncertain = ownValues.Concat(otherValues)
            .Any(c => PeriodOverlap.Relate(comparison.Period, c.Period) == PeriodRelation.Uncertain);
        return new ComparisonEvidence(
            comparison, ownValues, otherValues, uncertain ? PeriodRelation.Uncertain : PeriodRelation.Overlapping);
    }

    private static List<CheckedClaim> Overlapping(CheckedClaim comparison, IEnumerable<CheckedClaim> claims) =>
        [.. claims.Where(c => c.Quantity is not null
            && PeriodOverlap.Relate(comparison.Period, c.Period) != PeriodRelation.Disjoint)];
}
