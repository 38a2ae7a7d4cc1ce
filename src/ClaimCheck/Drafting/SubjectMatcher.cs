using System.Text.RegularExpressions;
using ClaimCheck.Core;
using ClaimCheck.Loading;
using ClaimCheck.Quantities;

namespace ClaimCheck.Drafting;

/// <summary>A subject the sentence may speak of, and how well it matched.</summary>
internal sealed record SubjectCandidate(string Key, double Score);

/// <summary>
/// What kind of value a subject takes, from its registry entry and the values of its claims: a figure is only matched
/// to a subject it fits (a percentage never goes to a count subject, a place never to an amount, a date only to a
/// subject of dates).
/// </summary>
/// <param name="Dimensions">The dimensions of its quantity values (and of the registry's unit); empty when none is known.</param>
/// <param name="Categories">True when some value is a category (a place, a name).</param>
/// <param name="Dates">True when the subject's values are dates (registry <c>kind: date</c>, or a value that reads as one).</param>
/// <param name="QuantityKind">True when the registry says <c>kind: quantity</c>.</param>
/// <param name="CategoryKind">True when the registry says <c>kind: category</c>.</param>
internal sealed record SubjectShape(IReadOnlySet<Dimension> Dimensions, bool Categories, bool Dates, bool QuantityKind, bool CategoryKind)
{
    /// <summary>True when a figure of <paramref name="figure"/>'s kind may be a value of this subject.</summary>
    public bool Fits(Quantity figure)
    {
        if (CategoryKind) return false;
        if (figure.Dimension == Dimension.Date) return Dates || (Dimensions.Count == 0 && !Categories && !QuantityKind);
        if (Dates && !Dimensions.Contains(figure.Dimension)) return false;
        if (Dimensions.Count > 0) return Dimensions.Contains(figure.Dimension);
        // A subject whose claims are all categories takes no quantity; one with no claims takes any.
        return !Categories;
    }
}

/// <summary>One corpus subject as a document: the words of its key, its registry label and aliases, and its claims' quotes.</summary>
/// <param name="Key">The subject's key (an alias's claims are filed under the key it means).</param>
/// <param name="Name">The words that name it: its key's and aliases' segments and its registry label.</param>
/// <param name="Quotes">The quotes of its claims, each as written.</param>
/// <param name="Shape">What kind of value it takes.</param>
/// <param name="Figures">The figures its claims give, by dimension, in the canonical unit (a date as its day number).</param>
internal sealed record SubjectDocument(string Key, string Name, IReadOnlyList<string> Quotes, SubjectShape Shape, IReadOnlyList<(Dimension Dimension, double Figure)> Figures)
{
    /// <summary>
    /// How near <paramref name="figure"/> lies to the figures this subject's claims give, from 1 (as near as can be)
    /// down: 1 / (1 + d), d the distance in orders of magnitude (for a date, in years). A subject with no figure of
    /// that dimension is 1: nothing says it is far. Two subjects the words rank alike ("people aboard" 2,224 and
    /// "third-class aboard" 710 for "2,200 people") are told apart by the figure.
    /// </summary>
    public double Nearness(Quantity figure)
    {
        var best = double.MaxValue;
        foreach (var (dimension, value) in Figures)
        {
            if (dimension != figure.Dimension) continue;
            double distance;
            if (dimension == Dimension.Date) distance = Math.Abs(value - figure.Figure) / 365.25;
            else if (value > 0 && figure.Figure > 0) distance = Math.Abs(Math.Log10(value / figure.Figure));
            else distance = value == figure.Figure ? 0 : 1;
            best = Math.Min(best, distance);
        }

        return best == double.MaxValue ? 1 : 1 / (1 + best);
    }
}

/// <summary>
/// The text a figure's subject is looked up by: the whole sentence, and its focus, the words that speak of the figure
/// itself (its clause and its counted noun) and so weigh more: "reached $8.9 billion in 2024, accounting for 32% of
/// China's total tech FDI" speaks of two things, and each figure's clause says which.
/// </summary>
internal sealed record SubjectQuery(string Sentence, string Focus);

/// <summary>Ranks the subject documents against a query; a higher score is a likelier subject, 0 no match.</summary>
internal interface ISubjectRanker
{
    /// <summary>A short name for reports ("bm25").</summary>
    string Name { get; }

    /// <summary>The lowest score at which the best subject's key is used rather than a key made from the sentence.</summary>
    double Threshold { get; }

    /// <summary>Called once with every subject, in key order, before any query.</summary>
    void Index(IReadOnlyList<SubjectDocument> documents);

    /// <summary>A score for each document of <see cref="Index"/>, in its order.</summary>
    double[] Score(SubjectQuery query);
}

/// <summary>
/// Matches a sentence against the subjects of a corpus (<see cref="ISubjectRanker"/>, BM25 by default); only subjects
/// whose kind fits the figure are candidates (<see cref="SubjectShape.Fits"/>).
/// </summary>
internal sealed partial class SubjectMatcher
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "is", "are", "was",
        "were", "be", "been", "its", "it", "this", "that", "these", "those", "has", "have", "had", "than", "more", "over",
        "about", "nearly", "now", "per", "since", "into", "while", "which", "who", "what", "their", "our", "we", "they",
        "s", "under", "up", "all", "each", "some", "one", "new", "also", "but", "not", "no", "just", "around", "almost",
        "only", "than", "will", "would", "could", "can", "said", "says", "there", "here", "after", "before", "when", "where",
        "he", "she", "his", "her", "him", "them", "you", "your", "i", "my", "me", "us", "so", "if", "then", "do", "does", "did",
    };

    private readonly ISubjectRanker ranker;
    private readonly Dictionary<string, SubjectDocument> byKey;

    public SubjectMatcher(ClaimCorpus corpus, ISubjectRanker? ranker = null)
    {
        this.ranker = ranker ?? new Bm25Ranker();
        Documents = Build(corpus);
        byKey = Documents.ToDictionary(d => d.Key, StringComparer.Ordinal);
        Entities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in Documents)
        {
            var first = document.Key.Split('.')[0];
            if (document.Key.Contains('.', StringComparison.Ordinal) && !first.Contains('-', StringComparison.Ordinal) && !StopWords.Contains(first))
                Entities.TryAdd(Stem(first), first);
        }
        this.ranker.Index(Documents);
    }

    /// <summary>True when the corpus subject <paramref name="key"/> takes dates as values (a bare year reads as one there).</summary>
    public bool TakesDates(string key) => byKey.TryGetValue(key, out var document) && document.Shape.Dates;

    /// <summary>
    /// What the corpus's keys speak of: each one-word first segment ("shanghai", "smic", "zhangjiang") by its stemmed
    /// word, so a key the draft makes starts as the corpus's keys do.
    /// </summary>
    public Dictionary<string, string> Entities { get; }

    /// <summary>The corpus's subjects, in key order.</summary>
    public IReadOnlyList<SubjectDocument> Documents { get; }

    /// <summary>The ranker's threshold: below it, the draft makes a key of its own.</summary>
    public double Threshold => ranker.Threshold;

    /// <summary>The subject documents of a corpus: registry entries and every subject its claims name.</summary>
    internal static List<SubjectDocument> Build(ClaimCorpus corpus)
    {
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var quotes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var figures = new Dictionary<string, List<(Dimension, double)>>(StringComparer.Ordinal);
        var dimensions = new Dictionary<string, HashSet<Dimension>>(StringComparer.Ordinal);
        var categories = new HashSet<string>(StringComparer.Ordinal);
        var dates = new HashSet<string>(StringComparer.Ordinal);
        var quantityKind = new HashSet<string>(StringComparer.Ordinal);
        var categoryKind = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (key, definition) in corpus.Registry.Subjects)
        {
            Add(names, key, KeyWords(key));
            if (definition.Label is { } label) Add(names, key, label);
            foreach (var alias in definition.Aliases) Add(names, key, KeyWords(alias));
            switch (definition.Kind)
            {
                case SubjectKind.Date: dates.Add(key); break;
                case SubjectKind.Category: categoryKind.Add(key); break;
                case SubjectKind.Quantity: quantityKind.Add(key); break;
            }

            if (UnitDimension(definition.Unit) is { } unit) Set(dimensions, key).Add(unit);
        }

        var aliasOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in corpus.Registry.Subjects.Values)
        {
            foreach (var alias in definition.Aliases) aliasOf.TryAdd(alias, definition.Key);
        }

        foreach (var claim in corpus.Claims)
        {
            var key = aliasOf.GetValueOrDefault(claim.Subject, claim.Subject);
            if (!names.ContainsKey(key)) Add(names, key, KeyWords(key));
            if (claim.Quote is { } quote) Add(quotes, key, quote);
            if (claim.Value is not { } value) continue;
            var read = QuantityParser.Parse(value, new QuantityOptions(BareYearIsDate: dates.Contains(key)));
            if (!read.Success)
            {
                categories.Add(key);
                continue;
            }

            if (double.IsFinite(read.Value!.Figure))
            {
                if (!figures.TryGetValue(key, out var list)) figures[key] = list = [];
                list.Add((read.Value.Dimension, read.Value.Figure));
            }

            if (read.Value.Dimension == Dimension.Date) dates.Add(key);
            else if (!dates.Contains(key) || read.Value.Dimension != Dimension.Count) Set(dimensions, key).Add(read.Value.Dimension);
        }

        return
        [
            .. names.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new SubjectDocument(
                p.Key,
                string.Join(" \n", p.Value),
                quotes.TryGetValue(p.Key, out var q) ? q : [],
                new SubjectShape(
                    dimensions.TryGetValue(p.Key, out var d) ? d : new HashSet<Dimension>(),
                    categories.Contains(p.Key),
                    dates.Contains(p.Key),
                    quantityKind.Contains(p.Key),
                    categoryKind.Contains(p.Key)),
                figures.TryGetValue(p.Key, out var f) ? f : [])),
        ];
    }

    /// <summary>The best subjects for <paramref name="query"/> whose kind fits <paramref name="figure"/>, best first (ties by key).</summary>
    public List<SubjectCandidate> Rank(SubjectQuery query, Quantity figure, int count = 2) =>
        Rank(query, d => d.Shape.Fits(figure), count, d => UseNearness ? d.Nearness(figure) : 1);

    /// <summary>Whether a figure's nearness to a subject's figures weighs its score (<see cref="SubjectDocument.Nearness"/>); on by default, off to measure it.</summary>
    public bool UseNearness { get; init; } = true;

    /// <summary>The best subjects for <paramref name="query"/> that <paramref name="fits"/>, best first (ties by key).</summary>
    public List<SubjectCandidate> Rank(SubjectQuery query, Func<SubjectDocument, bool> fits, int count = 2, Func<SubjectDocument, double>? weight = null)
    {
        var scores = ranker.Score(query);
        var scored = new List<SubjectCandidate>();
        for (var i = 0; i < Documents.Count; i++)
        {
            if (scores[i] > 0 && fits(Documents[i])) scored.Add(new SubjectCandidate(Documents[i].Key, scores[i] * (weight?.Invoke(Documents[i]) ?? 1)));
        }

        return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Key, StringComparer.Ordinal).Take(count)];
    }

    /// <summary>The dimension a registry <c>unit</c> names ("km" a length, "USD" money, "%" a percentage), or null.</summary>
    internal static Dimension? UnitDimension(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return null;
        if (unit.Trim() is "%" or "percent" or "per cent") return Dimension.Percent;
        if (UnitCatalog.Find(unit) is { } known) return known.Dimension;
        return Currencies.Code(unit) is not null ? Dimension.Currency : null;
    }

    /// <summary>A key's words: "shanghai.ai-industry.output" is "shanghai ai industry output".</summary>
    internal static string KeyWords(string key) => key.Replace('.', ' ').Replace('-', ' ');

    private static HashSet<Dimension> Set(Dictionary<string, HashSet<Dimension>> sets, string key)
    {
        if (!sets.TryGetValue(key, out var set)) sets[key] = set = [];
        return set;
    }

    private static void Add(Dictionary<string, List<string>> text, string key, string part)
    {
        if (!text.TryGetValue(key, out var list)) text[key] = list = [];
        list.Add(part);
    }

    /// <summary>Lowercase words of letters and digits, stop words and bare numbers dropped, folded by <see cref="Stem"/>.</summary>
    internal static IEnumerable<string> Terms(string text)
    {
        foreach (Match match in Word().Matches(text.ToLowerInvariant()))
        {
            var word = match.Value;
            if (StopWords.Contains(word) || word.All(char.IsAsciiDigit)) continue;
            yield return Stem(word);
        }
    }

    /// <summary>
    /// A light English stemmer: plurals and the spellings of one word fold together ("startups" = "startup",
    /// "companies" = "company", "kilometres" = "kilometer", "metre" = "meter"), so the sentence's words meet the subject's.
    /// </summary>
    internal static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) word = word[..^3] + "y";
        else if (word.Length > 4 && word.EndsWith("sses", StringComparison.Ordinal)) word = word[..^2];
        else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)) word = word[..^1];
        // British -tre spellings are the American -ter ("kilometre", "centre").
        if (word.Length > 4 && word.EndsWith("tre", StringComparison.Ordinal)) word = word[..^3] + "ter";
        return word;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
