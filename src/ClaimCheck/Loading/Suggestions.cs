using ClaimCheck.Core;

namespace ClaimCheck.Loading;

/// <summary>"Did you mean" for misspelt keys and words: the closest candidate within a small edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="word"/>, or null when none is close enough to be a likely typo.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance.Between(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A third of the longer word, at least one edit: "valeu" -> "value", but not "foo" -> "quote".
        var allowed = best is null ? 0 : Math.Max(1, Math.Max(word.Length, best.Length) / 3);
        return bestDistance <= allowed ? best : null;
    }
}
