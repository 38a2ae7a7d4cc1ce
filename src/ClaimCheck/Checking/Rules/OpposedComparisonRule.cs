using ClaimCheck.Normalisation;
using ClaimCheck.Core;

namespace ClaimCheck.Checking.Rules;

/// <summary>
/// Comparisons that contradict each other with no figures needed: "a more-than b" against "b more-than a" (or
/// "a less-than b", or a factor above 1 against one below 1) in overlapping periods cannot both be true. Each of
/// the two subjects reports the conflict; plans, targets and vague periods make it a tension as everywhere.
/// </summary>
internal sealed class OpposedComparisonRule : IContradictionRule
{
    /// <inheritdoc />
    public string Name => "comparison";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(SubjectGroup group, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(context);
        var own = group.Claims.Where(c => Direction(c) != 0 && c.Comparison!.OtherSubject != group.Key).ToList();
        if (own.Count == 0)
        {
            return [];
        }

        var findings = new List<Finding>();
        var cap = context.Options.MaxFindingsPerRule;
        for (var i = 0; i < own.Count && findings.Count < cap; i++)
        {
            var claim = own[i];
            var other = claim.Comparison!.OtherSubject;

            // The same pair of subjects said the other way round: later claims of this subject, and the other
            // subject's comparisons with this one (whose direction is reversed from this side).
            var opposed = own.Skip(i + 1)
                .Where(c => c.Comparison!.OtherSubject == other && Direction(c) == -Direction(claim))
                .Concat((context.Groups.GetValueOrDefault(other)?.Claims ?? [])
                    .Where(c => c.Comparison?.OtherSubject == group.Key && Direction(c) == Direction(claim)));
            foreach (var against in opposed)
            {
                var relation = PeriodOverlap.Relate(claim.Period, against.Period);
                if (relation == PeriodRelation.Disjoint) continue;
                findings.Add(ConflictQualifier.Judge(
                    Name, claim, against, relation,
                    $"'{claim.Claim.Compare!.Trim()}' ({claim.Claim.Ref}) and '{against.Claim.Compare!.Trim()}' ({against.Claim.Ref}) cannot both hold: "
                    + $"one says {Says(claim, group.Key)}, the other {Says(against, against.SubjectKey)}"));
                if (findings.Count >= cap) break;
            }
        }

        return findings;
    }

    /// <summary>+1 when the claim says its subject is larger than the other, -1 when smaller, 0 when neither is certain.</summary>
    internal static int Direction(CheckedClaim c) => c.Comparison switch
    {
        { Operator: "more-than" } => 1,
        { Operator: "less-than" } => -1,
        { Operator: "factor", Factor: { } f } when f.Min > 1 || (f.Min == 1 && !f.MinInclusive) => 1,
        { Operator: "factor", Factor: { } f } when f.Max < 1 || (f.Max == 1 && !f.MaxInclusive) => -1,
        _ => 0,
    };

    private static string Says(CheckedClaim c, string subject) =>
        $"{subject} is {(Direction(c) > 0 ? "more" : "less")} than {c.Comparison!.OtherSubject}";
}
