namespace ClaimCheck.Core;

/// <summary>The words the contract gives claim statuses, in <see cref="ClaimStatus"/> order.</summary>
internal static class StatusWords
{
    /// <summary>Every status word, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = ["reported", "planned", "target", "estimate"];

    /// <summary>The contract's word for <paramref name="status"/>.</summary>
    public static string Of(ClaimStatus status) => All[(int)status];
}
