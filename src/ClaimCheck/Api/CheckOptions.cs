namespace ClaimCheck;

/// <summary>How a corpus is checked. Every property has the documented default.</summary>
public sealed record CheckOptions
{
    /// <summary>
    /// Most pairs one rule reports for one subject (default 20); the rest are counted in the last message
    /// ("and 4,312 more pairs"), so a subject with thousands of claims stays readable.
    /// </summary>
    public int MaxFindingsPerRule { get; init; } = 20;

    /// <summary>Whether to estimate each subject's most likely value and each source's trust (default true).</summary>
    public bool Resolve { get; init; } = true;
}
