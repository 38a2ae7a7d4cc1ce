using System.Text.RegularExpressions;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Drafting;

/// <summary>A figure a sentence states, with what the sentence says about it.</summary>
/// <param name="Value">The widest text around the number that the quantity reader accepts, as the article words it.</param>
/// <param name="Start">Offset of <see cref="Value"/> in the article's text.</param>
/// <param name="Quantity">The value as read.</param>
/// <param name="Period">The period the sentence gives ("2024", "since 2020", "last year"), when it gives one that reads.</param>
/// <param name="Status">Reported, or planned/target/estimate from the sentence's cue words.</param>
/// <param name="AttributedTo">Who the sentence says gave the figure, when it says.</param>
/// <param name="Clause">The clause of the sentence that holds the figure (between commas, semicolons, colons or dashes).</param>
internal sealed record Figure(string Value, int Start, Quantity Quantity, string? Period, ClaimStatus Status, string? AttributedTo, string Clause);

/// <summary>Finds the figures of a sentence by asking the quantity reader (<see cref="QuantityParser"/>) for the widest span it accepts around each number.</summary>
internal static partial class FigureFinder
{
    /// <summary>Words before a number that may belong to its value ("over 3,500", "nearly $9 billion").</summary>
    private const int WordsBefore = 2;

    /// <summary>Words after a number that may belong to its value ("3,500 tech startups", "12,000 EVs per week").</summary>
    private const int WordsAfter = 4;

    public static List<Figure> Find(string text, int start, int end, DateOnly? published)
    {
        var words = Words(text, start, end);
        var sentence = text[start..end];
        var attributed = Attribution(sentence);
        var figures = new List<Figure>();
        var covered = -1;
        for (var i = 0; i < words.Count; i++)
        {
            var (wordStart, wordEnd) = words[i];
            if (wordStart < covered || !HasDigit(text, wordStart, wordEnd) || IsPeriodYear(text, words, i)) continue;
            (string Text, int Start, Quantity Quantity)? best = null;
            for (var s = Math.Max(0, i - WordsBefore); s <= i; s++)
            {
                if (words[s].Start < covered) continue;
                for (var e = Math.Min(words.Count - 1, i + WordsAfter); e >= i; e--)
                {
                    var (from, to) = Trim(text, words[s].Start, words[e].End);
                    if (to <= from || (best is { } b && to - from <= b.Text.Length)) continue;
                    var candidate = text[from..to];
                    var read = QuantityParser.Parse(candidate);
                    if (read.Success) best = (candidate, from, read.Value!);
                }
            }

            if (best is not { } found) continue;
            // Status and period are read from the figure's clause first: "produces 28% of China's chips, with SMIC's
            // new 3nm plant set to begin mass production next quarter" plans the 3nm plant, not the 28%.
            var (clauseStart, clauseEnd) = Clause(text, start, end, found.Start, found.Start + found.Text.Length);
            var clause = text[clauseStart..clauseEnd];
            figures.Add(new Figure(found.Text, found.Start, found.Quantity, Period(clause, published) ?? Period(text[start..clauseStart], published), Status(clause), attributed, clause));
            covered = found.Start + found.Text.Length;
        }

        return figures;
    }

    private static bool HasDigit(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsAsciiDigit(text[i])) return true;
        }

        return false;
    }

    /// <summary>A year after "in", "since", "by"… is the claim's period, not a figure of its own.</summary>
    private static bool IsPeriodYear(string text, List<(int Start, int End)> words, int i)
    {
        var word = text[words[i].Start..words[i].End].Trim(',', '.', ';', ':', ')', '(', '"', '\'');
        if (!YearWord().IsMatch(word)) return false;
        return true;
    }

    private static readonly HashSet<string> TrailingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "is", "are", "was", "were",
        "its", "their", "this", "that", "within", "across", "than", "while", "which", "who", "now", "each", "per", "into", "since",
    };

    /// <summary>The clause of the sentence holding [from, to): between the nearest comma, semicolon, colon or dash either side.</summary>
    private static (int, int) Clause(string text, int start, int end, int from, int to)
    {
        var left = from;
        while (left > start && text[left - 1] is not (',' or ';' or ':' or '\u2014' or '\u2013') && !(text[left - 1] == '-' && left >= 2 && text[left - 2] == ' ')) left--;
        var right = to;
        while (right < end && text[right] is not (',' or ';' or ':' or '\u2014' or '\u2013') && !(text[right] == '-' && right + 1 < end && text[right + 1] == ' ')) right++;
        return (left, right);
    }

    private static (int, int) Trim(string text, int from, int to)
    {
        while (true)
        {
            while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
            var lastSpace = text.LastIndexOf(' ', to - 1, to - from);
            if (lastSpace <= from || !TrailingWords.Contains(text[(lastSpace + 1)..to])) break;
            to = lastSpace;
        }

        while (to > from && text[to - 1] is ',' or '.' or ';' or ':' or ')' or '"' or '\'' or '\u201D' or '\u2019' or '!' or '?' or '-' or '\u2014' or '\u2013') to--;
        while (from < to && text[from] is '(' or '"' or '\'' or '\u201C' or '\u2018' or '-' or '\u2014' or '\u2013') from++;
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
        // An opening bracket left unclosed inside the span ("($21 billion") is not part of the value.
        return (from, to);
    }

    private static List<(int Start, int End)> Words(string text, int start, int end)
    {
        var words = new List<(int, int)>();
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            var s = i;
            while (i < end && !char.IsWhiteSpace(text[i])) i++;
            if (i > s) words.Add((s, i));
        }

        return words;
    }

    /// <summary>The first period form in the sentence that the period reader accepts; relative forms are kept as written.</summary>
    internal static string? Period(string sentence, DateOnly? published)
    {
        foreach (Match match in PeriodWords().Matches(sentence))
        {
            var text = match.Groups["period"].Value.ToLowerInvariant();
            // "in 2024" and "during 2024" are the year itself.
            if (text.StartsWith("in ", StringComparison.Ordinal) || text.StartsWith("during ", StringComparison.Ordinal)) text = text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim();
            if (PeriodParser.Parse(text, published).Success) return text;
        }

        return null;
    }

    internal static ClaimStatus Status(string sentence)
    {
        if (EstimateCue().IsMatch(sentence)) return ClaimStatus.Estimate;
        if (TargetCue().IsMatch(sentence)) return ClaimStatus.Target;
        if (PlannedCue().IsMatch(sentence)) return ClaimStatus.Planned;
        return ClaimStatus.Reported;
    }

    /// <summary>"says Dr. Chen Li of …", "according to TechInsights", "Dr. Li Wei said": who gave the figure.</summary>
    internal static string? Attribution(string sentence)
    {
        var match = AttributionAfter().Match(sentence);
        if (match.Success) return match.Groups["who"].Value.Trim().TrimEnd(',', '.');
        match = AttributionBefore().Match(sentence);
        return match.Success ? match.Groups["who"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^(1[89]|20)\d\d(s)?$")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"\b(?<period>(?:since|by|in|during|until|through)\s+(?:(?:Q[1-4]|H[12])\s+)?(?:1[89]|20)\d\d(?:\s*(?:-|–|\.\.|to)\s*(?:1[89]|20)\d\d)?|(?:last|this|next)\s+(?:year|quarter|month|decade)|(?:1[89]|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"\b(expected|estimated?|estimates|forecasts?|projected|projections?|predicts?|predicted|anticipated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EstimateCue();

    [GeneratedRegex(@"\b(aims?|aiming|targets?|goal|ambition|by (19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetCue();

    [GeneratedRegex(@"\b(set to|plans?|planned|planning|will|is to|are to|scheduled|announced|to begin|to open)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlannedCue();

    [GeneratedRegex(@"\b(?:says|said|explains|explained|notes|noted|adds|added|according to|estimates by|data from|figures from|reports?(?:ed)? by)\s+(?<who>(?:Dr\.|Mr\.|Ms\.|Mrs\.|Prof\.)?\s*[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|at|for|and|&))*(?:,\s+[A-Z][\w'’]*(?:'s)?(?:\s+[A-Za-z][\w'’]*){0,5})?)")]
    private static partial Regex AttributionAfter();

    [GeneratedRegex(@"(?<who>(?:Dr\.|Mr\.|Ms\.|Mrs\.|Prof\.)\s+[A-Z]\w+(?:\s+[A-Z]\w+)*)\s+(?:says|said|explains|notes|adds)\b")]
    private static partial Regex AttributionBefore();
}
