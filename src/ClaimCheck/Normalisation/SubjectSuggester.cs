using ClaimCheck.Core;
using System.Collections.Immutable;

namespace ClaimCheck.Normalisation;

/// <summary>
/// Finds keys that look like one subject under two names: keys one typing slip apart, keys that
/// differ only in separators, the same last segment under a parent and a longer form of it, or
/// labels sharing most words. One article giving the same value under both keys strengthens a
/// suggestion but never makes one alone (many subjects share a city or a round figure). For two
/// keys both defined in the registry the key shapes are not used (they were chosen on purpose).
/// Candidates come from indexes (one-deletion variants, last segments, rare label words), never from
/// comparing every pair, so the time grows with the number of keys, not its square.
/// </summary>
internal static class SubjectSuggester
{
    // A key variant or label word shared by more keys than this is a naming scheme (region-1 … region-900),
    // not a slip: its pairs are not compared, which keeps every bucket's work bounded.
    private const int MaxBucket = 64;

    // The shortest key (without separators) whose one-character slips are suggested: short keys differ on purpose.
    private const int MinTypoLength = 8;

    // Two thirds: at 0.6, "Number of fabs of Hua Hong" and "Number of startups of Hua Hong" were suggested.
    private const double LabelThreshold = 0.65;

    // Two parents with this many last segments in common are two entities with parallel subjects.
    private const int MaxSharedSegments = 3;

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "or", "by", "with", "'s", "s",
    };

    private static readonly char[] LabelSeparators = [' ', '-', '.', ',', '\'', '’', '(', ')', '/', ':', ';'];

    /// <summary>Suggestions for <paramref name="rows"/>, given each claim's (key, source, value), likeliest first.</summary>
    public static ImmutableArray<SubjectSuggestion> Suggest(
        IReadOnlyList<SubjectRow> rows, IEnumerable<(string Key, string Source, string? Value)> claims)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(claims);
        var sourceValues = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (key, source, value) in claims)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (!sourceValues.TryGetValue(key, out var set)) sourceValues[key] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(source + "\n" + value.Trim().ToUpperInvariant());
        }

        var found = new Dictionary<(int, int), Evidence>();
        KeySlips(rows, found);
        LongerParents(rows, found);
        SimilarLabels(rows, found);

        var suggestions = new List<SubjectSuggestion>(found.Count);
        foreach (var ((i, j), evidence) in found)
        {
            var (a, b) = string.CompareOrdinal(rows[i].Key, rows[j].Key) < 0 ? (rows[i], rows[j]) : (rows[j], rows[i]);
            var reasons = new List<string>(3);
            var score = 0;
            if (evidence.KeyReason is not null)
            {
                reasons.Add(evidence.KeyReason);
                score += evidence.KeyScore;
            }

            if (evidence.Labels)
            {
                reasons.Add("their labels share most words");
                score += 2;
            }

            if (sourceValues.TryGetValue(a.Key, out var va) && sourceValues.TryGetValue(b.Key, out var vb) && va.Overlaps(vb))
            {
                reasons.Add("one article gives the same value under both keys");
                score += 1;
            }

            suggestions.Add(new SubjectSuggestion(a.Key, b.Key, [.. reasons]) { Score = score });
        }

        return [.. suggestions
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.First, StringComparer.Ordinal)
            .ThenBy(s => s.Second, StringComparer.Ordinal)];
    }

    private sealed class Evidence
    {
        public string? KeyReason { get; set; }

        public int KeyScore { get; set; }

        public bool Labels { get; set; }
    }

    private static Evidence At(Dictionary<(int, int), Evidence> found, int i, int j)
    {
        var pair = i < j ? (i, j) : (j, i);
        if (!found.TryGetValue(pair, out var e)) found[pair] = e = new Evidence();
        return e;
    }

    private static void SetKeyReason(Dictionary<(int, int), Evidence> found, int i, int j, string reason, int score)
    {
        var e = At(found, i, j);
        if (e.KeyScore < score)
        {
            e.KeyReason = reason;
            e.KeyScore = score;
        }
    }

    /// <summary>Keys one insertion, deletion, substitution or swap apart, or equal once '-' and '_' are dropped.</summary>
    private static void KeySlips(IReadOnlyList<SubjectRow> rows, Dictionary<(int, int), Evidence> found)
    {
        var variants = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var bare = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            bare[i] = Bare(rows[i].Key);
            var b = bare[i];
            Add(variants, b, i);
            if (b.Length < MinTypoLength) continue;
            for (var k = 0; k < b.Length; k++)
            {
                Add(variants, string.Concat(b.AsSpan(0, k), b.AsSpan(k + 1)), i);
            }
        }

        foreach (var list in variants.Values)
        {
            if (list.Count < 2 || list.Count > MaxBucket) continue;
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    int i = list[x], j = list[y];
                    if (i == j || (rows[i].Registered && rows[j].Registered)) continue;
                    if (bare[i] == bare[j])
                    {
                        SetKeyReason(found, i, j, "the keys differ only in '-' or '_'", 4);
                    }
                    else if (bare[i].Length >= MinTypoLength && bare[j].Length >= MinTypoLength && IsSlip(bare[i], bare[j]) && !DifferInOneLetterToken(rows[i].Key, rows[j].Key))
                    {
                        var d = EditDistance.Between(rows[i].Key, rows[j].Key);
                        SetKeyReason(found, i, j, $"the keys differ by {d} {(d == 1 ? "character" : "characters")}", 3);
                    }
                }
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int row)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = new List<int>(2);
        if (list.Count == 0 || list[^1] != row) list.Add(row);
    }

    private static string Bare(string key) => key.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// True when one edit (insert, delete, substitute, swap two neighbours) turns <paramref name="a"/> into
    /// <paramref name="b"/>, and the edit is a slip rather than a different name: no digit is involved
    /// (<c>line-14</c> and <c>line-15</c> are two lines).
    /// </summary>
    internal static bool IsSlip(string a, string b)
    {
        if (a.Length > b.Length) (a, b) = (b, a);
        var p = 0;
        while (p < a.Length && a[p] == b[p]) p++;
        if (b.Length == a.Length + 1)
        {
            // b has one more character, at p (after any run of equal characters).
            if (!a.AsSpan(p).SequenceEqual(b.AsSpan(p + 1))) return false;
            return !char.IsDigit(b[p]);
        }

        if (a.Length != b.Length || p == a.Length) return false;
        if (a.AsSpan(p + 1).SequenceEqual(b.AsSpan(p + 1)))
        {
            return !char.IsDigit(a[p]) && !char.IsDigit(b[p]);
        }

        // A swap of neighbours.
        return p + 1 < a.Length && a[p] == b[p + 1] && a[p + 1] == b[p]
            && a.AsSpan(p + 2).SequenceEqual(b.AsSpan(p + 2)) && !char.IsDigit(a[p]) && !char.IsDigit(a[p + 1]);
    }

    /// <summary>True when the keys' one-character tokens differ (<c>node-a</c> and <c>node-b</c> are two nodes, not a slip).</summary>
    internal static bool DifferInOneLetterToken(string a, string b)
    {
        return !Singles(a).SetEquals(Singles(b));

        static HashSet<string> Singles(string key) =>
            key.Split(['.', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length == 1).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The same last segment, one parent a longer form of the other (<c>smic</c>, <c>smic-corp</c>).</summary>
    private static void LongerParents(IReadOnlyList<SubjectRow> rows, Dictionary<(int, int), Evidence> found)
    {
        var byParent = new Dictionary<(string Parent, string Last), int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (parent, last) = Split(rows[i].Key);
            if (parent.Length > 0) byParent.TryAdd((parent, last), i);
        }

        // Parents that share several last segments are two entities (beijing and beijing-haidian, a city and
        // its district, each with its gdp and population), not one written two ways: those pairs are dropped.
        var byParents = new Dictionary<(string Shorter, string Longer), List<(int, int)>>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (parent, last) = Split(rows[i].Key);
            if (parent.Length == 0) continue;
            foreach (var shorter in TokenPrefixesAndSuffixes(parent))
            {
                if (byParent.TryGetValue((shorter, last), out var j) && j != i && !(rows[i].Registered && rows[j].Registered))
                {
                    if (!byParents.TryGetValue((shorter, parent), out var list)) byParents[(shorter, parent)] = list = [];
                    list.Add((i, j));
                }
            }
        }

        foreach (var ((shorter, longer), pairs) in byParents)
        {
            if (pairs.Count >= MaxSharedSegments) continue;
            foreach (var (i, j) in pairs)
            {
                SetKeyReason(found, i, j, $"both end in '{Split(rows[i].Key).Last}' under '{shorter}' and '{longer}'", 2);
            }
        }
    }

    // "zhangjiang-hi-tech-park" gives "zhangjiang", "zhangjiang-hi", "zhangjiang-hi-tech", "park", "tech-park", "hi-tech-park".
    private static IEnumerable<string> TokenPrefixesAndSuffixes(string parent)
    {
        for (var k = 1; k < parent.Length - 1; k++)
        {
            if (parent[k] is '-' or '.')
            {
                yield return parent[..k];
                yield return parent[(k + 1)..];
            }
        }
    }

    private static (string Parent, string Last) Split(string key)
    {
        var dot = key.LastIndexOf('.');
        return dot < 0 ? ("", key) : (key[..dot], key[(dot + 1)..]);
    }

    /// <summary>
    /// Labels (from the registry) whose words overlap by 65% or more (Jaccard), unless the words they do not
    /// share name something (a capitalised word or a number: "ByteDance" against "DJI" are two companies).
    /// Candidates share one of their rarest words (prefix filtering), so common words cost nothing.
    /// </summary>
    private static void SimilarLabels(IReadOnlyList<SubjectRow> rows, Dictionary<(int, int), Evidence> found)
    {
        var words = new string[rows.Count][];
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            // A label that restates its key ("Synthetic money region-0.money-count") tells nothing the key does not.
            words[i] = rows[i].Label.Contains(rows[i].Key, StringComparison.OrdinalIgnoreCase) ? [] : [.. Words(rows[i].Label)];
            foreach (var w in words[i]) frequency[w] = frequency.GetValueOrDefault(w) + 1;
        }

        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var w = words[i];
            if (w.Length == 0) continue;
            Array.Sort(w, (x, y) =>
            {
                var c = frequency[x].CompareTo(frequency[y]);
                return c != 0 ? c : string.CompareOrdinal(x, y);
            });
            var prefix = w.Length - (int)Math.Ceiling(LabelThreshold * w.Length) + 1;
            for (var k = 0; k < prefix; k++) Add(index, w[k], i);
        }

        foreach (var list in index.Values)
        {
            if (list.Count < 2 || list.Count > MaxBucket) continue;
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    int i = list[x], j = list[y];
                    if (Jaccard(words[i], words[j]) >= LabelThreshold && !DifferInAName(rows[i].Label, rows[j].Label))
                    {
                        At(found, i, j).Labels = true;
                    }
                }
            }
        }
    }

    private static double Jaccard(string[] a, string[] b)
    {
        var shared = a.Count(w => Array.IndexOf(b, w) >= 0);
        var union = a.Length + b.Length - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    private static bool DifferInAName(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        return Raw(a).Concat(Raw(b)).Any(t =>
        {
            var lower = t.Word.ToLowerInvariant();
            if (wa.Contains(lower) && wb.Contains(lower)) return false;
            return char.IsDigit(t.Word[0]) || (!t.First && char.IsUpper(t.Word[0]));
        });

        static IEnumerable<(string Word, bool First)> Raw(string label) =>
            label.Split(LabelSeparators, StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !StopWords.Contains(w))
                .Select((w, k) => (w, k == 0));
    }

    private static HashSet<string> Words(string label) =>
        label.Split(LabelSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.Contains(w))
            .Select(w => w.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
