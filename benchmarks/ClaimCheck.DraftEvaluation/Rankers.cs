using System.Globalization;
using ClaimCheck.Drafting;
using FuzzySharp;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ClaimCheck.DraftEvaluation;

/// <summary>The rankers the evaluation compares: the drafter's own, and the libraries the issue names.</summary>
internal static class Rankers
{
    /// <summary>"bm25", "lucene:name=3,focus=1,t=3" …</summary>
    public static ISubjectRanker Make(string spec)
    {
        var parts = spec.Split(':', 2);
        var settings = (parts.Length > 1 ? parts[1] : string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        double Get(string key, double fallback) => settings.GetValueOrDefault(key, fallback);
        return parts[0] switch
        {
            "bm25" => new Bm25Ranker(Get("name", 3), Get("focus", 1), Get("t", Bm25Ranker.DefaultThreshold)),
            "tfidf" => new TfIdfRanker(Get("name", 3), Get("focus", 1), Get("t", 0.1)),
            "lucene" => new LuceneRanker(Get("name", 3), Get("focus", 1), Get("t", 3)),
            "fuzzy" => new FuzzyTfIdfRanker(Get("name", 3), Get("focus", 1), Get("t", 0.1), (int)Get("ratio", 90)),
            "tokenset" => new TokenSetRanker(Get("t", 60)),
            _ => throw new ArgumentException($"unknown ranker '{spec}'"),
        };
    }
}

/// <summary>
/// BM25 through Lucene.Net 4.8: one Lucene document per subject with a <c>name</c> field (key, label, aliases) and a
/// <c>quotes</c> field, both analysed by Lucene's EnglishAnalyzer (stop words, possessives, Porter stemming); the query
/// is every analysed term of the sentence on both fields, the name field boosted, the figure's focus boosted.
/// </summary>
internal sealed class LuceneRanker(double nameWeight, double focusWeight, double threshold) : ISubjectRanker, IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly Analyzer analyzer = new EnglishAnalyzer(Version);
    private readonly LuceneDirectory directory = new RAMDirectory();
    private DirectoryReader? reader;
    private IndexSearcher? searcher;
    private int count;

    public string Name => "lucene";

    public double Threshold => threshold;

    public void Index(IReadOnlyList<SubjectDocument> documents)
    {
        count = documents.Count;
        var config = new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < documents.Count; i++)
            {
                writer.AddDocument(new Document
                {
                    new StoredField("i", i),
                    new TextField("name", documents[i].Name, Field.Store.NO),
                    new TextField("quotes", string.Join("\n", documents[i].Quotes), Field.Store.NO),
                });
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public double[] Score(SubjectQuery query)
    {
        var scores = new double[count];
        var weights = QueryTerms.Of(query, focusWeight, Analyse);
        if (weights.Count == 0 || count == 0) return scores;
        var boolean = new BooleanQuery();
        foreach (var (term, weight) in weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            boolean.Add(new TermQuery(new Term("name", term)) { Boost = (float)(weight * nameWeight) }, Occur.SHOULD);
            boolean.Add(new TermQuery(new Term("quotes", term)) { Boost = (float)weight }, Occur.SHOULD);
        }

        foreach (var hit in searcher!.Search(boolean, count).ScoreDocs)
            scores[searcher.Doc(hit.Doc).GetField("i").GetInt32Value()!.Value] = hit.Score;
        return scores;
    }

    private List<string> Analyse(string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("name", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (!value.All(char.IsAsciiDigit)) terms.Add(value);
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        reader?.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}

/// <summary>
/// TF-IDF with FuzzySharp: the drafter's TF-IDF, where a sentence's word also meets a subject's word that FuzzySharp
/// rates at least <c>ratio</c> alike (Levenshtein ratio; words of five letters or more), so spellings and inflections
/// ("kilometre" and "kilometers", "graduates" and "graduating") meet.
/// </summary>
internal sealed class FuzzyTfIdfRanker(double nameWeight, double focusWeight, double threshold, int ratio) : ISubjectRanker
{
    private readonly TfIdfRanker inner = new(nameWeight, focusWeight, threshold);
    private readonly Dictionary<string, string[]> alike = new(StringComparer.Ordinal);
    private string[] vocabulary = [];

    public string Name => "fuzzy";

    public double Threshold => threshold;

    public void Index(IReadOnlyList<SubjectDocument> documents)
    {
        vocabulary = [.. documents.SelectMany(d => SubjectMatcher.Terms(d.Name).Concat(d.Quotes.SelectMany(SubjectMatcher.Terms))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        inner.Index(documents);
    }

    public double[] Score(SubjectQuery query) => inner.Score(new SubjectQuery(Expand(query.Sentence), Expand(query.Focus)));

    private string Expand(string text) => string.Join(' ', SubjectMatcher.Terms(text).SelectMany(Alike));

    private string[] Alike(string term)
    {
        if (alike.TryGetValue(term, out var found)) return found;
        found = term.Length < 5
            ? [term]
            : [term, .. vocabulary.Where(v => v != term && v.Length >= 5 && Fuzz.Ratio(term, v) >= ratio)];
        alike[term] = found;
        return found;
    }
}

/// <summary>FuzzySharp alone: the token-set ratio of the figure's clause against each subject's name and quotes (0–100).</summary>
internal sealed class TokenSetRanker(double threshold) : ISubjectRanker
{
    private List<string[]> texts = [];

    public string Name => "tokenset";

    public double Threshold => threshold;

    public void Index(IReadOnlyList<SubjectDocument> documents) =>
        texts = [.. documents.Select(d => (string[])[string.Join(' ', SubjectMatcher.Terms(d.Name)), .. d.Quotes.Select(q => string.Join(' ', SubjectMatcher.Terms(q)))])];

    public double[] Score(SubjectQuery query)
    {
        var focus = string.Join(' ', SubjectMatcher.Terms(query.Focus));
        var sentence = string.Join(' ', SubjectMatcher.Terms(query.Sentence));
        return [.. texts.Select(t => t.Max(x => x.Length == 0 ? 0 : Math.Max(Fuzz.TokenSetRatio(focus, x), 0.8 * Fuzz.TokenSetRatio(sentence, x))))];
    }
}
