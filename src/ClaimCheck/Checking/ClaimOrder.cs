using ClaimCheck.Core;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Checking;

/// <summary>Claims in the report's order, by ref.</summary>
internal static class ClaimOrder
{
    /// <summary>
    /// The claims ordered by ref (ordinal). The claims of a subject are kept in that order from grouping on,
    /// so most calls only confirm it: a linear check instead of a sort per period bucket and rule.
    /// </summary>
    public static CheckedClaim[] ByRef(IEnumerable<CheckedClaim> claims)
    {
        var array = claims.ToArray();
        for (var i = 1; i < array.Length; i++)
        {
            if (string.CompareOrdinal(array[i - 1].Claim.Ref, array[i].Claim.Ref) > 0)
                return [.. array.OrderBy(c => c.Claim.Ref, StringComparer.Ordinal)];
        }

        return array;
    }
}
