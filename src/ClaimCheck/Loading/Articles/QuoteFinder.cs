using System.Text;
using ClaimCheck.Core;

namespace ClaimCheck.Loading.Articles;

/// <summary>
/// Looks a quote up in an article: both are normalised (whitespace runs, typographic quotes and dashes, case) and
/// compared exactly; when that fails, the closest passage is found by an edit distance over word windows.
/// </summary>
internal sealed class QuoteFinder
{
    /// <summary>Quotes longer than this are looked up exactly but get no "did you mean" (the window search is bounded).</summary>
    private const int MaxFuzzyQuoteChars = 600;

    /// <summary>Windows scored with the edit distance after the cheap word-overlap prefilter.</summary>
    private const int Candidates = 8;

    private readonly Article article;
    private readonly string normal;
    private readonly int[] map;

    public QuoteFinder(Article article)
    {
        this.article = article;
        (normal, map) = Normalise(article.Text);
    }

    /// <summary>The first match of <paramref name="quote"/>, preferring one in the article's own text over one in a skipped prefix.</summary>
    public (QuoteCheck Check, bool InSkipped) Find(string quote)
    {
        var (needle, _) = Normalise(quote.Trim());
        if (needle.Length == 0) return (new QuoteCheck(false, null, 0, null, 0), false);

        (int Start, int Length)? firstSkipped = null;
        for (var at = normal.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = normal.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var start = map[at];
            var length = map[at + needle.Length - 1] + 1 - start;
            if (!article.TouchesSkipped(start, length)) return (Checked(start, length), false);
            firstSkipped ??= (start, length);
        }

        return firstSkipped is { } s ? (Checked(s.Start, s.Length), true) : (new QuoteCheck(false, null, 0, null, 0), false);
    }

    private QuoteCheck Checked(int start, int length)
    {
        var (sentenceStart, sentenceEnd) = Sentences.Around(article, start, length);
        return new QuoteCheck(true, start, length, article.Text[sentenceStart..sentenceEnd], sentenceStart);
    }

    /// <summary>The passage of the article closest to <paramref name="quote"/>, or null when no passage shares a word with it.</summary>
    public string? Closest(string quote)
    {
        var (needle, _) = Normalise(quote.Trim());
        if (needle.Length is 0 or > MaxFuzzyQuoteChars) return null;
        var quoteWords = Words(needle);
        if (quoteWords.Count == 0) return null;
        var wanted = quoteWords.Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        var articleWords = Words(normal);
        var k = quoteWords.Count;

        // Prefilter: windows of k words ranked by how many of the quote's words they hold (O(words × k)).
        var ranked = new List<(int Score, int Index)>();
        for (var i = 0; i < articleWords.Count; i++)
        {
            var score = 0;
            for (var j = i; j < Math.Min(articleWords.Count, i + k); j++)
            {
                if (wanted.Contains(articleWords[j].Text)) score++;
            }

            if (score > 0) ranked.Add((score, i));
        }

        if (ranked.Count == 0) return null;
        var best = (Distance: int.MaxValue, Start: 0, End: 0);
        foreach (var (_, index) in ranked.OrderByDescending(r => r.Score).ThenBy(r => r.Index).Take(Candidates))
        {
            // The window and one word either side, so a quote with a word too many or too few still lines up.
            foreach (var (from, count) in new[] { (index, k), (index, k - 1), (index, k + 1) })
            {
                if (count < 1 || from + count > articleWords.Count) continue;
                var start = articleWords[from].Start;
                var end = articleWords[from + count - 1].End;
                var distance = EditDistance.Between(needle, normal[start..end]);
                if (distance < best.Distance) best = (distance, start, end);
            }
        }

        if (best.Distance == int.MaxValue) return null;
        var originalStart = map[best.Start];
        var originalEnd = map[best.End - 1] + 1;
        return article.Text[originalStart..originalEnd];
    }

    private static List<(string Text, int Start, int End)> Words(string text)
    {
        var words = new List<(string, int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ') i++;
            var start = i;
            while (i < text.Length && text[i] != ' ') i++;
            if (i > start) words.Add((text[start..i], start, i));
        }

        return words;
    }

    /// <summary>Lowercase, one space for any run of whitespace, plain quotes and hyphens; map[i] is the original offset of normal[i].</summary>
    internal static (string Normal, int[] Map) Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new int[text.Length];
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                map[builder.Length] = i - 1;
                builder.Append(' ');
                pendingSpace = false;
            }

            map[builder.Length] = i;
            builder.Append(Fold(c));
        }

        return (builder.ToString(), map);
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
