namespace ClaimCheck.Drafting;

/// <summary>A query's terms with their weights: a term of the figure's focus counts <c>1 + focusWeight</c>, one only elsewhere in the sentence 1.</summary>
internal static class QueryTerms
{
    public static Dictionary<string, double> Of(SubjectQuery query, double focusWeight) => Of(query, focusWeight, SubjectMatcher.Terms);

    public static Dictionary<string, double> Of(SubjectQuery query, double focusWeight, Func<string, IEnumerable<string>> terms)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms(query.Sentence)) weights[term] = 1;
        foreach (var term in terms(query.Focus)) weights[term] = 1 + focusWeight;
        return weights;
    }
}

/// <summary>
/// Okapi BM25 over fielded documents (BM25F): a term in a subject's name (key, label, aliases) counts
/// <see cref="NameWeight"/> times a term in its claims' quotes, and a query term in the figure's focus
/// <c>1 + </c><see cref="FocusWeight"/> times one elsewhere in the sentence. k1 = 1.2, b = 0.75.
/// </summary>
internal sealed class Bm25Ranker(double nameWeight = 3, double focusWeight = 1, double threshold = Bm25Ranker.DefaultThreshold) : ISubjectRanker
{
    /// <summary>The threshold measured on the leave-one-out evaluation (docs/draft.md).</summary>
    public const double DefaultThreshold = 3.0;

    private const double K1 = 1.2;
    private const double B = 0.75;
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private List<(Dictionary<string, double> Terms, double Length)> documents = [];
    private double averageLength = 1;

    public string Name => "bm25";

    public double Threshold => threshold;

    public double NameWeight => nameWeight;

    public double FocusWeight => focusWeight;

    public void Index(IReadOnlyList<SubjectDocument> subjects)
    {
        documents = [.. subjects.Select(Weigh)];
        foreach (var (terms, _) in documents)
        {
            foreach (var term in terms.Keys) documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        averageLength = documents.Count == 0 ? 1 : Math.Max(1, documents.Average(d => d.Length));
    }

    public double[] Score(SubjectQuery query)
    {
        var terms = QueryTerms.Of(query, focusWeight);
        var n = documents.Count;
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            var (document, length) = documents[i];
            double score = 0;
            foreach (var (term, weight) in terms)
            {
                if (!document.TryGetValue(term, out var tf)) continue;
                var df = documentFrequency[term];
                var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
                score += weight * idf * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * length / averageLength))));
            }

            scores[i] = score;
        }

        return scores;
    }

    private (Dictionary<string, double>, double) Weigh(SubjectDocument subject)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        double length = 0;
        foreach (var term in SubjectMatcher.Terms(subject.Name))
        {
            terms[term] = terms.GetValueOrDefault(term) + nameWeight;
            length += nameWeight;
        }

        foreach (var term in subject.Quotes.SelectMany(SubjectMatcher.Terms))
        {
            terms[term] = terms.GetValueOrDefault(term) + 1;
            length++;
        }

        return (terms, length);
    }
}

/// <summary>TF-IDF cosine similarity (log-scaled term frequency), names weighted as in <see cref="Bm25Ranker"/>.</summary>
internal sealed class TfIdfRanker(double nameWeight = 3, double focusWeight = 1, double threshold = 0.1) : ISubjectRanker
{
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private List<(Dictionary<string, double> Weights, double Norm)> documents = [];

    public string Name => "tfidf";

    public double Threshold => threshold;

    public void Index(IReadOnlyList<SubjectDocument> subjects)
    {
        var counts = subjects.Select(s =>
        {
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var term in SubjectMatcher.Terms(s.Name)) tf[term] = tf.GetValueOrDefault(term) + nameWeight;
            foreach (var term in s.Quotes.SelectMany(SubjectMatcher.Terms)) tf[term] = tf.GetValueOrDefault(term) + 1;
            return tf;
        }).ToList();
        foreach (var tf in counts)
        {
            foreach (var term in tf.Keys) documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        documents = [.. counts.Select(tf =>
        {
            var weights = tf.ToDictionary(p => p.Key, p => (1 + Math.Log(p.Value)) * Idf(p.Key, counts.Count), StringComparer.Ordinal);
            return (weights, Math.Sqrt(weights.Values.Sum(w => w * w)));
        })];
    }

    public double[] Score(SubjectQuery query)
    {
        var terms = QueryTerms.Of(query, focusWeight);
        var n = documents.Count;
        var queryWeights = terms.Where(t => documentFrequency.ContainsKey(t.Key)).ToDictionary(t => t.Key, t => t.Value * Idf(t.Key, n), StringComparer.Ordinal);
        var queryNorm = Math.Sqrt(queryWeights.Values.Sum(w => w * w));
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            var (weights, norm) = documents[i];
            double dot = 0;
            foreach (var (term, w) in queryWeights)
            {
                if (weights.TryGetValue(term, out var d)) dot += w * d;
            }

            scores[i] = norm == 0 || queryNorm == 0 ? 0 : dot / (norm * queryNorm);
        }

        return scores;
    }

    private double Idf(string term, int n) => Math.Log((1.0 + n) / documentFrequency[term]);
}
