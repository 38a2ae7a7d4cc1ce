using System.Text.RegularExpressions;
using ClaimCheck.Loading;
using ClaimCheck.Quantities;

namespace ClaimCheck.Drafting;

/// <summary>How sentences are ranked against subjects.</summary>
internal enum Ranking
{
    /// <summary>Okapi BM25 (k1 = 1.2, b = 0.75) over each subject's words.</summary>
    Bm25,

    /// <summary>TF-IDF cosine similarity.</summary>
    TfIdf,
}

/// <summary>A subject the sentence may speak of, and how well it matched.</summary>
internal sealed record SubjectCandidate(string Key, double Score);

/// <summary>
/// Matches a sentence against the subjects of a corpus: each subject is a document of its key's words, its label,
/// aliases and the quotes and values of its claims; the sentence is the query. Only subjects of a compatible kind
/// are candidates (a percentage never goes to a count subject, a quantity never to a category).
/// </summary>
internal sealed partial class SubjectMatcher
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "is", "are", "was",
        "were", "be", "been", "its", "it", "this", "that", "these", "those", "has", "have", "had", "than", "more", "over",
        "about", "nearly", "now", "per", "since", "into", "while", "which", "who", "what", "their", "our", "we", "they",
        "s", "over", "under", "up", "all", "each", "some", "one", "new", "also", "but", "not", "no",
    };

    private readonly List<(string Key, Dictionary<string, int> Terms, int Length, Dimension? Dimension)> subjects = [];
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private readonly double averageLength;
    private readonly Ranking ranking;

    public SubjectMatcher(ClaimCorpus corpus, Ranking ranking = Ranking.Bm25)
    {
        this.ranking = ranking;
        var text = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var dimensions = new Dictionary<string, Dimension?>(StringComparer.Ordinal);
        var categories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, definition) in corpus.Registry.Subjects)
        {
            Add(text, key, key.Replace('.', ' ').Replace('-', ' '));
            if (definition.Label is { } label) Add(text, key, label);
            foreach (var alias in definition.Aliases) Add(text, key, alias.Replace('.', ' ').Replace('-', ' '));
        }

        var aliasOf = corpus.Registry.Subjects.Values.SelectMany(d => d.Aliases.Select(a => (a, d.Key))).ToDictionary(p => p.a, p => p.Key, StringComparer.Ordinal);
        foreach (var claim in corpus.Claims)
        {
            var key = aliasOf.GetValueOrDefault(claim.Subject, claim.Subject);
            Add(text, key, key.Replace('.', ' ').Replace('-', ' '));
            if (claim.Quote is { } quote) Add(text, key, quote);
            if (claim.Value is { } value)
            {
                var read = QuantityParser.Parse(value);
                if (read.Success) dimensions.TryAdd(key, read.Value!.Dimension);
                else categories.Add(key);
            }
        }

        foreach (var (key, parts) in text.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var terms = new Dictionary<string, int>(StringComparer.Ordinal);
            var length = 0;
            foreach (var term in parts.SelectMany(Terms))
            {
                terms[term] = terms.GetValueOrDefault(term) + 1;
                length++;
            }

            foreach (var term in terms.Keys) documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            // A subject whose claims are categories only takes no quantity; one with no claims takes any.
            Dimension? dimension = dimensions.TryGetValue(key, out var d) ? d : categories.Contains(key) ? (Dimension)(-1) : null;
            subjects.Add((key, terms, length, dimension));
        }

        averageLength = subjects.Count == 0 ? 1 : subjects.Average(s => (double)s.Length);
    }

    /// <summary>The best subjects for <paramref name="sentence"/> whose kind fits <paramref name="dimension"/>, best first (ties by key).</summary>
    public List<SubjectCandidate> Rank(string sentence, Dimension dimension, int count = 2)
    {
        var query = Terms(sentence).Distinct(StringComparer.Ordinal).ToList();
        var n = subjects.Count;
        var scored = new List<SubjectCandidate>();
        foreach (var (key, terms, length, kind) in subjects)
        {
            if (kind is { } k && k != dimension) continue;
            double score = 0;
            if (ranking == Ranking.Bm25)
            {
                foreach (var term in query)
                {
                    if (!terms.TryGetValue(term, out var tf)) continue;
                    var df = documentFrequency[term];
                    var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
                    score += idf * tf * 2.2 / (tf + (1.2 * (0.25 + (0.75 * length / averageLength))));
                }
            }
            else
            {
                double dot = 0, norm = 0;
                foreach (var (term, tf) in terms)
                {
                    var w = (1 + Math.Log(tf)) * Math.Log((double)n / documentFrequency[term]);
                    norm += w * w;
                    if (query.Contains(term)) dot += w * Math.Log((double)n / documentFrequency[term]);
                }

                var queryNorm = Math.Sqrt(query.Where(documentFrequency.ContainsKey).Sum(t => Math.Pow(Math.Log((double)n / documentFrequency[t]), 2)));
                score = norm == 0 || queryNorm == 0 ? 0 : dot / (Math.Sqrt(norm) * queryNorm);
            }

            if (score > 0) scored.Add(new SubjectCandidate(key, score));
        }

        return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Key, StringComparer.Ordinal).Take(count)];
    }

    private static void Add(Dictionary<string, List<string>> text, string key, string part)
    {
        if (!text.TryGetValue(key, out var list)) text[key] = list = [];
        list.Add(part);
    }

    /// <summary>Lowercase words of letters and digits, stop words and bare numbers dropped, a plural's "s" cut ("startups" = "startup").</summary>
    internal static IEnumerable<string> Terms(string text)
    {
        foreach (Match match in Word().Matches(text.ToLowerInvariant()))
        {
            var word = match.Value;
            if (StopWords.Contains(word) || word.All(char.IsAsciiDigit)) continue;
            if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) word = word[..^1];
            yield return word;
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
