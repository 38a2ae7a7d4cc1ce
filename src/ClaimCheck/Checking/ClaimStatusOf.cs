using ClaimCheck.Core;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Checking;

/// <summary>The status a claim effectively has: a "by 2030" period makes a reported claim a target.</summary>
internal static class ClaimStatusOf
{
    public static ClaimStatus Effective(CheckedClaim c) =>
        c.Claim.Status == ClaimStatus.Reported && c.Period.IsTarget ? ClaimStatus.Target : c.Claim.Status;

    public static string Word(ClaimStatus s) => s switch
    {
        ClaimStatus.Planned => "planned",
        ClaimStatus.Target => "a target",
        ClaimStatus.Estimate => "an estimate",
        _ => "reported",
    };
}
