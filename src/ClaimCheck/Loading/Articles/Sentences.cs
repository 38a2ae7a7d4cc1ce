using ClaimCheck.Core;

namespace ClaimCheck.Loading.Articles;

/// <summary>
/// Splits an article's lines into sentences: at '.', '!', '?' (and a closing quote or bracket after them) before a
/// space and a capital, digit or opening quote; not after titles and abbreviations ("Dr. Chen Li", "U.S. chips"),
/// not inside decimals ("3.5 nm", no space follows) and not before a lowercase word ("?" explains Dr. Li").
/// </summary>
internal static class Sentences
{
    /// <summary>Words after which a period never ends a sentence (titles: a name always follows).</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "prof", "st", "gen", "gov", "sen", "rep", "rev", "hon", "sgt", "capt", "col", "lt", "mt", "ft",
        "no", "vs", "v", "e.g", "i.e", "cf", "approx", "ca", "fig", "vol", "pp", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "est", "ave", "blvd",
    };

    /// <summary>The sentences of the article's own text, as [start, end) offsets, in order; skipped prefixes and lines are left out.</summary>
    public static List<(int Start, int End)> Split(Article article)
    {
        var sentences = new List<(int, int)>();
        foreach (var line in article.Lines)
        {
            if (line.BodyStart >= line.End) continue;
            SplitSegment(article.Text, line.BodyStart, line.End, sentences);
        }

        return sentences;
    }

    /// <summary>The sentence holding [start, start+length): from the sentence of its first character to that of its last.</summary>
    public static (int Start, int End) Around(Article article, int start, int length)
    {
        var line = article.LineAt(start);
        var segmentStart = start >= line.BodyStart ? line.BodyStart : line.Start;
        var segment = new List<(int Start, int End)>();
        var lastLine = article.LineAt(Math.Max(start, start + length - 1));
        for (var n = line.Number; n <= lastLine.Number; n++)
        {
            var l = article.Lines[n - 1];
            SplitSegment(article.Text, n == line.Number ? segmentStart : l.BodyStart, l.End, segment);
        }

        var first = segment.FindLast(s => s.Start <= start);
        var last = segment.Find(s => s.End >= start + length);
        var from = first == default ? start : first.Start;
        var to = last == default ? start + length : last.End;
        return (from, Math.Max(to, start + length));
    }

    private static void SplitSegment(string text, int from, int to, List<(int, int)> sentences)
    {
        while (from < to && char.IsWhiteSpace(text[from])) from++;
        var start = from;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '\u2026')) continue;
            var j = i + 1;
            while (j < to && text[j] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']') j++;
            if (j < to && !char.IsWhiteSpace(text[j])) continue; // 3.5, U.S.-made, "e.g.,"
            var k = j;
            while (k < to && char.IsWhiteSpace(text[k])) k++;
            if (k < to && !StartsSentence(text[k])) continue;
            if (c == '.' && IsAbbreviation(text, start, i)) continue;
            sentences.Add((start, j));
            start = k;
            i = k - 1;
        }

        var end = to;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add((start, end));
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '$' or '\u00A3' or '\u20AC' or '\u00A5' || !char.IsLetter(c);

    /// <summary>True when the word ending at the period <paramref name="period"/> is a title, an initial or a dotted acronym.</summary>
    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        var word = text[wordStart..period].TrimStart('"', '\'', '(', '[', '\u201C', '\u2018');
        if (word.Length == 0) return false;
        if (Titles.Contains(word)) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "J. Smith"
        return word.Contains('.', StringComparison.Ordinal) && word.Replace(".", string.Empty, StringComparison.Ordinal).All(char.IsLetter)
            && word.Length <= 6; // U.S, U.K, a.m
    }
}
