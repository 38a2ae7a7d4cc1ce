using System.Collections.Immutable;

namespace ClaimCheck.Normalisation;

/// <summary>
/// Finds keys that look like one subject under two names: nearly the same key, the same last
/// segment under similar parents, labels sharing most words, or one article giving the same value
/// under both keys. For two keys both defined in the registry the key shapes are not used (they
/// were chosen on purpose); only labels and values count.
/// </summary>
internal static class SubjectSuggester
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "or", "by", "with", "'s", "s",
    };

    /// <summary>Suggestions for <paramref name="rows"/>, given each claim's (key, source, value).</summary>
    public static ImmutableArray<SubjectSuggestion> Suggest(
        IReadOnlyList<SubjectRow> rows, IEnumerable<(string Key, string Source, string? Value)> claims)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(claims);
        var sourceValues = claims
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(c => c.Source + "\n" + c.Value!.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);
        var suggestions = new List<SubjectSuggestion>();
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = i + 1; j < rows.Count; j++)
            {
                var reasons = Reasons(rows[i], rows[j], sourceValues);
                if (reasons.Count > 0)
                {
                    suggestions.Add(new SubjectSuggestion(rows[i].Key, rows[j].Key, [.. reasons]));
                }
            }
        }

        return [.. suggestions.OrderBy(s => s.First, StringComparer.Ordinal).ThenBy(s => s.Second, StringComparer.Ordinal)];
    }

    private static List<string> Reasons(SubjectRow a, SubjectRow b, Dictionary<string, HashSet<string>> sourceValues)
    {
        var reasons = new List<string>();
        var sameValues = sourceValues.TryGetValue(a.Key, out var va) && sourceValues.TryGetValue(b.Key, out var vb) && va.Overlaps(vb);
        var bothRegistered = a.Registered && b.Registered;
        var distance = EditDistance(a.Key, b.Key);
        if (bothRegistered)
        {
            // Registered keys were chosen on purpose; only their labels or values can betray a duplicate.
        }
        else if (distance <= Math.Max(1, Math.Min(a.Key.Length, b.Key.Length) / 8))
        {
            reasons.Add($"the keys differ by {distance} {(distance == 1 ? "character" : "characters")}");
        }
        else if (SameLastSegmentSimilarParent(a.Key, b.Key))
        {
            reasons.Add($"both end in '{a.Key[(a.Key.LastIndexOf('.') + 1)..]}' under similar parents");
        }

        if (a.Label != a.Key && b.Label != b.Key && LabelWordOverlap(a.Label, b.Label) >= 0.6)
        {
            reasons.Add("their labels share most words");
        }

        if (sameValues)
        {
            reasons.Add("one article gives the same value under both keys");
        }

        return reasons;
    }

    private static bool SameLastSegmentSimilarParent(string a, string b)
    {
        var (pa, la) = Split(a);
        var (pb, lb) = Split(b);
        if (la != lb || pa.Length == 0 || pb.Length == 0)
        {
            return false;
        }

        // "smic.node" and "smic-corp.node": one parent contains the other, or they are a few edits apart.
        return pa.Contains(pb, StringComparison.Ordinal) || pb.Contains(pa, StringComparison.Ordinal)
            || EditDistance(pa, pb) <= Math.Max(1, Math.Min(pa.Length, pb.Length) / 4);
    }

    private static (string Parent, string Last) Split(string key)
    {
        var dot = key.LastIndexOf('.');
        return dot < 0 ? ("", key) : (key[..dot], key[(dot + 1)..]);
    }

    private static double LabelWordOverlap(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        var union = wa.Union(wb, StringComparer.OrdinalIgnoreCase).Count();
        return union == 0 ? 0 : (double)wa.Intersect(wb, StringComparer.OrdinalIgnoreCase).Count() / union;
    }

    private static HashSet<string> Words(string label) =>
        label.Split([' ', '-', '.', ',', '\'', '’', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.Contains(w))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Levenshtein distance, two rows of memory.</summary>
    internal static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
