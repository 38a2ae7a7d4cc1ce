using ClaimCheck.Normalisation;
using ClaimCheck.Core;

namespace ClaimCheck.Checking.Rules;

/// <summary>
/// One subject compared against different baselines ("more than California", "3x China") with no
/// figures to check either: both may be true, but the reader cannot tell, so it is a tension.
/// </summary>
internal sealed class BaselineRule : IContradictionRule
{
    /// <inheritdoc />
    public string Name => "baseline";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(SubjectGroup group, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(context);
        var unchecked_ = group.Claims
            .Where(c => c.Comparison is not null && !ComparisonEvidence.For(c, group, context).CanCheck)
            .GroupBy(c => c.Comparison!.OtherSubject, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        if (unchecked_.Count < 2)
        {
            return [];
        }

        var shown = string.Join(", ", unchecked_.Take(4).Select(c => $"{c.Comparison!.OtherSubject} ({c.Claim.Ref})"));
        var more = unchecked_.Count > 4 ? $" and {unchecked_.Count - 4} more" : "";
        return
        [
            new Finding(
                FindingKind.Tension, Name, ConflictQualifier.Refs([.. unchecked_]),
                $"different baselines: {group.Key} is compared with {shown}{more}, and no claim gives the figures to check them"),
        ];
    }
}
