using System.Collections.Immutable;
using ClaimCheck.Loading;

namespace ClaimCheck.Normalisation;

/// <summary>One subject as <c>claimcheck subjects</c> lists it.</summary>
/// <param name="Key">Canonical key (aliases resolved).</param>
/// <param name="Label">Registry label, or the key.</param>
/// <param name="Claims">How many claims speak of it.</param>
/// <param name="Sources">How many sources speak of it.</param>
/// <param name="Registered">True when the registry defines it.</param>
internal sealed record SubjectRow(string Key, string Label, int Claims, int Sources, bool Registered);

/// <summary>Two keys that look like one subject under two names.</summary>
/// <param name="First">The key that sorts first.</param>
/// <param name="Second">The other key.</param>
/// <param name="Reasons">Why they look alike, one phrase each.</param>
internal sealed record SubjectSuggestion(string First, string Second, ImmutableArray<string> Reasons)
{
    /// <summary>"a and b: reason; reason".</summary>
    public string Reason => string.Join("; ", Reasons);

    /// <summary>How strong the evidence is (higher is likelier); suggestions are listed strongest first.</summary>
    public int Score { get; init; }
}

/// <summary>The subjects of a corpus with counts, and keys that may mean the same thing.</summary>
/// <param name="Subjects">Rows ordered by key.</param>
/// <param name="Suggestions">Suggestions, likeliest first (then by keys).</param>
internal sealed record SubjectCatalog(ImmutableArray<SubjectRow> Subjects, ImmutableArray<SubjectSuggestion> Suggestions)
{
    /// <summary>Builds the catalogue from the corpus's claims (aliases resolved, values not needed).</summary>
    public static SubjectCatalog Build(ClaimCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var resolver = new SubjectResolver(corpus.Registry);
        var claims = corpus.Claims.Select(c => (Key: resolver.Resolve(c.Subject), Claim: c)).ToList();
        var rows = claims
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SubjectRow(
                g.Key,
                corpus.Registry.Subjects.GetValueOrDefault(g.Key)?.Label ?? g.Key,
                g.Count(),
                g.Select(x => x.Claim.SourceId).Distinct(StringComparer.Ordinal).Count(),
                corpus.Registry.Subjects.ContainsKey(g.Key)))
            .ToImmutableArray();
        return new SubjectCatalog(rows, SubjectSuggester.Suggest(rows, claims.Select(x => (x.Key, x.Claim.SourceId, x.Claim.Value))));
    }
}
