using System.Collections.Immutable;
using ClaimCheck.Normalisation;

namespace ClaimCheck;

/// <summary>What <c>claimcheck subjects</c> lists: each subject with its counts, and keys that may name one subject.</summary>
/// <param name="Subjects">Rows ordered by key.</param>
/// <param name="Pairs">Keys that look like one subject under two names, likeliest first.</param>
internal sealed record SubjectListing(ImmutableArray<SubjectListing.Row> Subjects, ImmutableArray<SubjectListing.Pair> Pairs)
{
    /// <summary>One subject: canonical key, registry label (or the key), claims and sources that speak of it, whether a registry defines it.</summary>
    internal sealed record Row(string Key, string Label, int Claims, int Sources, bool Registered);

    /// <summary>Two keys that look alike, and why, in one line.</summary>
    internal sealed record Pair(string First, string Second, string Reason);

    /// <summary>The listing of a catalogue, so the command line reaches the façade only.</summary>
    internal static SubjectListing Of(SubjectCatalog catalog) => new(
        [.. catalog.Subjects.Select(s => new Row(s.Key, s.Label, s.Claims, s.Sources, s.Registered))],
        [.. catalog.Suggestions.Select(s => new Pair(s.First, s.Second, s.Reason))]);
}
