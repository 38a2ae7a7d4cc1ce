using ClaimCheck.Normalisation;
using ClaimCheck.Core;

namespace ClaimCheck.Checking;

/// <summary>
/// Where a figure comes from: the body a claim is attributed to (<c>attributed-to</c>, compared case-insensitively),
/// else the article itself. Claims of different articles that cite one body are one origin, not corroboration;
/// claims of one article that cite different bodies are different origins, not the article contradicting itself.
/// </summary>
internal static class Origins
{
    /// <summary>The origin's key: "\u0001" and the body, case-folded, for an attributed claim; else the source id (never starts with \u0001).</summary>
    public static string Of(CheckedClaim c) =>
        c.Claim.AttributedTo is { } who ? "\u0001" + who.ToUpperInvariant() : c.Claim.SourceId;

    /// <summary>How many origins the claims have.</summary>
    public static int Count(IEnumerable<CheckedClaim> claims) => claims.Select(Of).Distinct(StringComparer.Ordinal).Count();

    /// <summary>True when any of the claims is attributed to someone.</summary>
    public static bool AnyAttributed(IEnumerable<CheckedClaim> claims) => claims.Any(c => c.Claim.AttributedTo is not null);

    /// <summary>"Britannica, citing the US Senate inquiry" for an attributed claim, else the article's name.</summary>
    public static string Who(CheckedClaim c, CheckContext context) =>
        c.Claim.AttributedTo is { } who ? $"{context.SourceName(c.Claim.SourceId)}, citing {who}" : context.SourceName(c.Claim.SourceId);

    /// <summary>The claim as a message shows it with who gave it: "Britannica, citing the US Senate inquiry: 1,517".</summary>
    public static string WithWho(CheckedClaim c, CheckContext context) =>
        $"{Who(c, context)}: {(c.Claim.Value ?? c.Claim.Compare ?? "").Trim()}";

    /// <summary>
    /// Bodies that two or more sources of <paramref name="claims"/> cite, each with those sources in ordinal
    /// order: "britannica and history-com both cite the US Senate inquiry".
    /// </summary>
    public static List<(string Body, List<string> Sources)> SharedBodies(IEnumerable<CheckedClaim> claims) =>
        [.. claims
            .Where(c => c.Claim.AttributedTo is not null)
            .GroupBy(c => c.Claim.AttributedTo!, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Body: g.Select(c => c.Claim.AttributedTo!).Order(StringComparer.Ordinal).First(),
                Sources: g.Select(c => c.Claim.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .Where(x => x.Sources.Count >= 2)
            .OrderBy(x => x.Body, StringComparer.Ordinal)];

    /// <summary>"a and b", "a, b and c".</summary>
    public static string And(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
