namespace ClaimCheck.Checking;

/// <summary>How the engine reports.</summary>
/// <param name="MaxFindingsPerRule">
/// Most pairs one rule reports for one subject; the rest are counted in the last message
/// ("and 4,312 more pairs"), so a subject with thousands of claims stays readable.
/// </param>
public sealed record CheckOptions(int MaxFindingsPerRule = 20)
{
    /// <summary>
    /// Whether <see cref="CheckEngine.Check"/> also resolves values and trust (the default). Off, subjects have
    /// no <c>resolved</c> entries and sources no trust until the report's groups are resolved
    /// (<see cref="Resolution.TruthResolver.Resolve"/>) and the result filled in, which gives exactly what the default
    /// would have: a host can do work in between (the CLI hands the garbage of checking back to the system before
    /// resolution grows its own).
    /// </summary>
    public bool Resolve { get; init; } = true;
}
