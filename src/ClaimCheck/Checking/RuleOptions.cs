namespace ClaimCheck.Checking;

/// <summary>How the rules report.</summary>
/// <param name="MaxFindingsPerRule">
/// Most pairs one rule reports for one subject; the rest are counted in the last message
/// ("and 4,312 more pairs"), so a subject with thousands of claims stays readable.
/// </param>
internal sealed record RuleOptions(int MaxFindingsPerRule = 20);
