using ClaimCheck.Normalisation;
using ClaimCheck.Core;

namespace ClaimCheck.Checking;

/// <summary>
/// Rewrites a subject's findings where claims are attributed (<c>attributed-to</c>): a conflict or tension names
/// who gave each figure ("Britannica, citing the US Senate inquiry: 1,517"); an agreement whose claims all come
/// from one cited body is not corroboration but one origin, so it becomes <c>consistent</c> and says so; an
/// agreement of several origins that also shares a cited body says which sources count as one origin.
/// </summary>
internal static class Attributions
{
    private const int MaxShown = 4;

    public static List<Finding> Apply(List<Finding> findings, SubjectGroup group, CheckContext context)
    {
        var byRef = new Dictionary<string, CheckedClaim>(StringComparer.Ordinal);
        foreach (var c in group.Claims) byRef.TryAdd(c.Claim.Ref, c);
        return [.. findings.Select(f => Rewrite(f, [.. f.Claims.Where(byRef.ContainsKey).Select(r => byRef[r])], context))];
    }

    private static Finding Rewrite(Finding finding, List<CheckedClaim> claims, CheckContext context)
    {
        if (!Origins.AnyAttributed(claims)) return finding;
        switch (finding.Kind)
        {
            case FindingKind.Conflict or FindingKind.Tension:
                var shown = string.Join("; ", claims.Take(MaxShown).Select(c => Origins.WithWho(c, context)));
                var more = claims.Count > MaxShown ? $"; and {claims.Count - MaxShown} more" : "";
                return finding with { Message = $"{finding.Message} — {shown}{more}" };
            case FindingKind.Agreement:
                var shared = string.Join("; ", Origins.SharedBodies(claims).Select(b =>
                    $"{Origins.And([.. b.Sources.Select(context.SourceName)])} {(b.Sources.Count == 2 ? "both" : "all")} cite {b.Body}"));
                if (Origins.Count(claims) < 2)
                {
                    // Repeating one body's figure is not confirming it.
                    return finding with { Kind = FindingKind.Consistent, Message = $"{finding.Message}; but {shared}: one origin, not independent confirmation" };
                }

                return shared.Length == 0 ? finding : finding with { Message = $"{finding.Message}; {shared}, which counts as one origin" };
            default:
                return finding;
        }
    }
}
