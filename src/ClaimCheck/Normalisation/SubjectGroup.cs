using System.Collections.Immutable;
using ClaimCheck.Core;

namespace ClaimCheck.Normalisation;

/// <summary>All claims about one subject, with its registry entry when there is one.</summary>
/// <param name="Key">Canonical subject key.</param>
/// <param name="Definition">The registry entry, or null for a subject the registry does not define.</param>
/// <param name="Claims">Its claims ordered by ref.</param>
internal sealed record SubjectGroup(string Key, SubjectDefinition? Definition, ImmutableArray<CheckedClaim> Claims)
{
    /// <summary>Registry label, or the key itself.</summary>
    public string Label => Definition?.Label ?? Key;

    /// <summary>True when the subject has one true value at a time (the default for unregistered subjects).</summary>
    public bool Single => Definition?.Single ?? true;

    /// <summary>Relative tolerance for "about"-style wording and for bounds that suggest different figures.</summary>
    public double Tolerance => Definition?.Tolerance ?? SubjectGrouper.DefaultTolerance;

    /// <summary>How many different sources speak of this subject.</summary>
    public int SourceCount => Claims.Select(c => c.Claim.SourceId).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>Groups normalised claims by canonical subject key.</summary>
internal static class SubjectGrouper
{
    /// <summary>The contract's default tolerance for approximate wording: 10%.</summary>
    public const double DefaultTolerance = 0.10;

    /// <summary>Groups ordered by key (ordinal), claims in each ordered by ref (ordinal).</summary>
    public static ImmutableArray<SubjectGroup> Group(IEnumerable<CheckedClaim> claims, Registry registry)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(registry);
        return [.. claims
            .GroupBy(c => c.SubjectKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SubjectGroup(
                g.Key,
                registry.Subjects.GetValueOrDefault(g.Key),
                [.. g.OrderBy(c => c.Claim.Ref, StringComparer.Ordinal)]))];
    }
}
