using ClaimCheck.Core;
namespace ClaimCheck.Checking;

/// <summary>The words the contract gives statuses, verdicts and finding kinds: one mapping for every writer.</summary>
internal static class ContractWords
{
    /// <summary><c>reported</c>, <c>planned</c>, <c>target</c> or <c>estimate</c>.</summary>
    public static string Of(ClaimStatus status) => StatusWords.Of(status);

    /// <summary><c>conflict</c>, <c>tension</c>, <c>agreement</c>, <c>consistent</c>, <c>unchecked</c> or <c>single-source</c>.</summary>
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Conflict => "conflict",
        Verdict.Tension => "tension",
        Verdict.Agreement => "agreement",
        Verdict.Consistent => "consistent",
        Verdict.Unchecked => "unchecked",
        _ => "single-source",
    };

    /// <summary><c>conflict</c>, <c>tension</c>, <c>agreement</c>, <c>consistent</c> or <c>unchecked</c>.</summary>
    public static string Of(FindingKind kind) => kind switch
    {
        FindingKind.Conflict => "conflict",
        FindingKind.Tension => "tension",
        FindingKind.Agreement => "agreement",
        FindingKind.Consistent => "consistent",
        _ => "unchecked",
    };
}
