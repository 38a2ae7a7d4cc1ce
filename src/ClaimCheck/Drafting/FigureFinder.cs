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
internal sealed record Figure(string Value, int Start, Quantity Quantity, string? Period, ClaimStatus Status, string? AttributedTo, string Clause)
{
    /// <summary>For a date that is a year alone ("in 1994"), the year ("1994"): the value for a subject whose values are dates.</summary>
    public string? BareYear { get; init; }

    /// <summary>Where the figure's words end in the article's text (the value may add "in" to a year the text gives alone).</summary>
    public int End { get; init; } = Start + Value.Length;
}

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
        var found = new List<(string Text, int Start, Quantity Quantity, bool YearOnly)>();
        var covered = -1;
        for (var i = 0; i < words.Count; i++)
        {
            var (wordStart, wordEnd) = words[i];
            if (wordStart < covered) continue;
            var inWords = !HasDigit(text, wordStart, wordEnd);
            if (inWords && !StartsNumberWords(text, words, i)) continue;
            if (Widest(text, words, i, covered, Limit(text, words, i)) is not { } widest) continue;
            var best = CountedNoun(text, widest);
            if (Ordinal().IsMatch(best.Text) || (best.Quantity.Dimension == Dimension.Count && (NamePart(text, words, i, best.Start) || best.Quantity.Label is "times" or "time"))) continue;
            // "a hundred year dream", "its 24-year existence": a singular unit before a noun describes, it does not claim.
            if (best.Quantity.Dimension == Dimension.Duration && best.Quantity.Figure > 0 && SingularTimeUnit().IsMatch(best.Text) && !OneUnit().IsMatch(best.Text)) continue;
            // "twenty years ago", "two years later" date something else: they are periods, not durations claimed.
            if (best.Quantity.Dimension == Dimension.Duration && RelativeAfter().IsMatch(text[(best.Start + best.Text.Length)..end])) continue;
            var year = IsYearOnly(best.Text);
            // A figure in words is a claim when it counts or measures something ("three hours", "five hotels"):
            // a bare "one" or "two" is prose ("one of the largest"), and "one"/"a" with a noun ("one woman") mostly too.
            if (inWords && best.Quantity.Dimension == Dimension.Count
                && (best.Quantity.Label is null || LoneUnit().IsMatch(text[words[i].Start..words[i].End]))) continue;
            found.Add((best.Text, best.Start, best.Quantity, year));
            covered = best.Start + best.Text.Length;
        }

        var figures = new List<Figure>();
        var periods = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, at, quantity, yearOnly) in found)
        {
            if (yearOnly) continue;
            // Status and period are read from the figure's clause first: "produces 28% of China's chips, with SMIC's
            // new 3nm plant set to begin mass production next quarter" plans the 3nm plant, not the 28%.
            var (clauseStart, clauseEnd) = Clause(text, start, end, at, at + value.Length);
            var clause = text[clauseStart..clauseEnd];
            // Then the sentence before the clause; then after it, when no other figure stands there to own the period
            // ("has poured $28 billion into designers, equipment makers, and material suppliers since 2020").
            var tailIsFree = !found.Any(f => !f.YearOnly && f.Start >= clauseEnd);
            var period = quantity.Dimension == Dimension.Date
                ? null
                : Period(clause, published) ?? Period(text[start..clauseStart], published) ?? (tailIsFree ? Period(text[clauseEnd..end], published) : null);
            if (period is not null) periods.Add(period);
            figures.Add(new Figure(value, at, quantity, period, Status(clause), attributed, clause));
        }

        foreach (var (value, at, _, yearOnly) in found)
        {
            if (!yearOnly || DateValue(value) is not { } date) continue;
            // A year is the period of the sentence's other figures ("in 2024, output reached $21 billion"); a year that
            // is no other figure's period, or that an event verb dates ("the tunnel opened in 1994", "boring began in
            // 1987 and the hole grew at up to 75 metres a day"), is also the date it speaks of.
            if (periods.Any(p => p.Contains(date.Year, StringComparison.Ordinal)) && !EventBefore().IsMatch(text[start..(at + value.Length - date.Year.Length)])) continue;
            var (clauseStart, clauseEnd) = Clause(text, start, end, at, at + value.Length);
            var clause = text[clauseStart..clauseEnd];
            figures.Add(new Figure(date.Written, at, date.Quantity, null, Status(clause), attributed, clause) { BareYear = date.Year, End = at + value.Length });
        }

        figures.Sort((a, b) => a.Start.CompareTo(b.Start));
        return figures;
    }

    /// <summary>
    /// "2 May" is a day of May: the draft keeps it as written and the check gives it its year later, so any year
    /// does here; a leap year, so "29 February" reads too.
    /// </summary>
    private static readonly QuantityOptions AnyYear = new(DayMonthYear: 2000);

    /// <summary>The widest span of up to <see cref="WordsBefore"/> words before word <paramref name="i"/> and <see cref="WordsAfter"/> after it that reads as a quantity.</summary>
    private static (string Text, int Start, Quantity Quantity)? Widest(string text, List<(int Start, int End)> words, int i, int covered, int limit)
    {
        (string Text, int Start, Quantity Quantity)? best = null;
        for (var s = Math.Max(0, i - WordsBefore); s <= i; s++)
        {
            if (words[s].Start < covered) continue;
            for (var e = Math.Min(limit, i + WordsAfter); e >= i; e--)
            {
                var (from, to) = Trim(text, words[s].Start, words[e].End);
                if (to <= from || (best is { } b && to - from <= b.Text.Length)) continue;
                var candidate = text[from..to];
                // A bare "in" reads ("in two hours") but is the sentence's, not the figure's: the value starts after it.
                if (candidate.StartsWith("in ", StringComparison.OrdinalIgnoreCase)) continue;
                // "from 2 May to 3 July" is two figures: the "from" of a span is the sentence's too, not a bound of the first.
                if (candidate.StartsWith("from ", StringComparison.OrdinalIgnoreCase) && SpanGoesOn().IsMatch(text, to)) continue;
                var read = QuantityParser.Parse(candidate, AnyYear);
                if (!read.Success || CutsARange(text, words, e, from, candidate) || CountsAMonth(read.Value!)) continue;
                best = (candidate, from, read.Value!);
            }
        }

        return best;
    }

    // "24 October, connects the two banks" reads as 24 of "October, connects" (a list of counted nouns): the day of a
    // month it is, "24 October", is the shorter reading.
    private static bool CountsAMonth(Quantity read) =>
        read is { Dimension: Dimension.Count, Label: { } label } && Months.Contains(label.Split(' ', ',')[0].TrimEnd('.'));

    /// <summary>The last word a figure starting at word <paramref name="i"/> may reach: before the first verb or clause word after it ("330 million passengers have made").</summary>
    private static int Limit(string text, List<(int Start, int End)> words, int i)
    {
        for (var e = i + 1; e < words.Count; e++)
        {
            // As written: "May" is a month, "may" a verb.
            if (Breakers.Contains(text[words[e].Start..words[e].End].TrimEnd(',', '.', ';', ':'))) return e - 1;
        }

        return words.Count - 1;
    }

    /// <summary>
    /// The counted noun a count keeps: up to its first plural ("five hotels have been built" is "five hotels", "four
    /// approved organizations" stays), one word when none is plural, none when it is a name, a verb form or follows a
    /// year ("2009 Abu Dhabi rescued Dubai" is the year 2009, "2035 goal" the year 2035).
    /// </summary>
    private static (string Text, int Start, Quantity Quantity) CountedNoun(string text, (string Text, int Start, Quantity Quantity) found)
    {
        if (found.Quantity is not { Dimension: Dimension.Count, Label: not null, LabelOffset: >= 0 } counted) return found;
        var labelStart = counted.LabelOffset;
        var allWords = found.Text[labelStart..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A comma ends the counted noun: "links to four approved organizations, Riester said".
        var clauseEnd = Array.FindIndex(allWords, w => w.Length > 1 && w[^1] is ',' or ';' or ':');
        var labelWords = clauseEnd < 0 ? allWords : [.. allWords[..clauseEnd], allWords[clauseEnd][..^1]];
        var first = labelWords[0];
        var plural = Array.FindIndex(labelWords, IsPlural);
        var year = YearValue().IsMatch(found.Text[..labelStart].Trim());
        int keep;
        if (IsName(first) || Breakers.Contains(first.ToLowerInvariant())) keep = 0;
        else if (plural >= 0) keep = plural + 1;
        else keep = year || VerbForm().IsMatch(first) ? 0 : 1;
        if (keep == allWords.Length) return found;
        var cut = keep == 0 ? found.Text[..labelStart].TrimEnd() : found.Text[..(labelStart + found.Text[labelStart..].IndexOf(labelWords[keep - 1], StringComparison.Ordinal) + labelWords[keep - 1].Length)];
        var read = QuantityParser.Parse(cut);
        return read.Success ? (cut, found.Start, read.Value!) : found;
    }

    private static bool IsPlural(string word) =>
        word is "people" or "crew" or "staff" or "personnel" or "children" or "men" or "women" or "police"
        || (word.Length > 2 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("\u2019s", StringComparison.Ordinal));

    /// <summary>A capitalised word that is not an acronym ("Abu", "Confusion"; not "AI", "EVs", "IoT"): a name, not a counted noun.</summary>
    private static bool IsName(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Count(char.IsUpper) == 0 && !word.All(c => char.IsUpper(c) || c == 's');

    /// <summary>"Taipei 101", "Boeing 747": a number right after a capitalised word inside the sentence is part of a name.</summary>
    private static bool NamePart(string text, List<(int Start, int End)> words, int i, int figureStart)
    {
        if (i < 2 || figureStart != words[i].Start) return false;
        var before = text[words[i - 1].Start..words[i - 1].End];
        // A possessive is no name part: "Shanghai's 25 million residents".
        return IsName(before) && !Months.Contains(before.TrimEnd('.', ',')) && char.IsLetter(before[^1])
            && !before.EndsWith("'s", StringComparison.Ordinal) && !before.EndsWith("\u2019s", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>Words a figure never runs into: verbs and the words that start another clause.</summary>
    private static readonly HashSet<string> Breakers = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "will", "would", "can", "could",
        "may", "might", "must", "shall", "should", "do", "does", "did", "not", "that", "which", "who", "whom", "whose",
        "within", "while", "when", "where", "said", "says", "making", "made", "including", "than", "if", "because",
    };

    /// <summary>
    /// True when a range would be read across two figures of a change: "from 4 hours to 45 minutes" is two durations
    /// (the range "4 hours to 45" would end inside the second), "from 2 May to 3 July 1912" a start and an end.
    /// </summary>
    private static bool CutsARange(string text, List<(int Start, int End)> words, int e, int from, string candidate)
    {
        if (!RangeInside().IsMatch(candidate)) return false;
        var before = text[..from].TrimEnd();
        if (before.EndsWith("from", StringComparison.OrdinalIgnoreCase) && (before.Length == 4 || !char.IsLetter(before[^5]))) return true;
        // The second end is a bare number whose own unit follows outside the span.
        return e + 1 < words.Count && char.IsAsciiDigit(candidate[^1]) && char.IsLetter(text[words[e + 1].Start]);
    }

    /// <summary>A year alone, as a figure: "1994", "in 1994" (a date value only when the clause has no other figure).</summary>
    private static bool IsYearOnly(string value) => YearValue().IsMatch(value);

    /// <summary>
    /// The date a year-only figure names, as a value that reads as a date in any subject: "in 1994" (for "1994",
    /// "in 1994", "during 1994"), or the year with the bound the article gives ("by 2016", "since 2020").
    /// </summary>
    private static (string Written, Quantity Quantity, string Year)? DateValue(string value)
    {
        var match = YearValue().Match(value);
        if (!match.Success) return null;
        var year = match.Groups["year"].Value;
        var bound = match.Groups["bound"].Value;
        // "until" is dropped too: "won't debut elsewhere until 2027" is not "at most 2027".
        var keep = bound.ToLowerInvariant() is "by" or "before" or "after" or "since";
        var written = keep ? value : "in " + year;
        var read = QuantityParser.Parse(written);
        if (!read.Success || read.Value!.Dimension != Dimension.Date) return null;
        return (written, read.Value, year);
    }

    /// <summary>True when word <paramref name="i"/> begins a figure in words: "three", "seventy-six", "a dozen", "a hundred".</summary>
    private static bool StartsNumberWords(string text, List<(int Start, int End)> words, int i)
    {
        var word = text[words[i].Start..words[i].End].TrimStart('(', '"', '\u201C').ToLowerInvariant();
        var head = word.Split('-')[0];
        if (NumberStarters.Contains(head)) return true;
        if (word is not ("a" or "an") || i + 1 >= words.Count) return false;
        var next = text[words[i + 1].Start..words[i + 1].End].TrimEnd(',', '.', ';', ':').ToLowerInvariant();
        if (next is "dozen" or "hundred" or "thousand" or "million" or "billion") return true;
        // "nearly a decade", "within a decade": a qualifier makes "a decade" a duration claimed; alone ("a year later",
        // "twice a year") it is mostly prose.
        return next is "decade" or "century" or "year" or "month" or "week" or "fortnight"
            && i > 0 && DurationQualifiers.Contains(text[words[i - 1].Start..words[i - 1].End].ToLowerInvariant());
    }

    private static readonly HashSet<string> DurationQualifiers = new(StringComparer.Ordinal)
    {
        "nearly", "almost", "about", "around", "roughly", "within", "over", "under", "than", "barely", "just",
    };

    private static readonly HashSet<string> NumberStarters = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "several", "half",
    };

    private static bool HasDigit(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsAsciiDigit(text[i])) return true;
        }

        return false;
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
        while (from < to && (text[from] is '(' or '"' or '\'' or '\u201C' or '\u2018' or '-' or '\u2014' or '\u2013' || char.IsWhiteSpace(text[from]))) from++;
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

    [GeneratedRegex(@"^(?:(?<bound>in|during|by|before|after|since|until|on)\s+)?(?<year>(?:1[89]|20)\d\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearValue();

    [GeneratedRegex(@"(?:\sto\s+|[-\u2013]\s*)\d")]
    private static partial Regex RangeInside();

    [GeneratedRegex(@"^\s*(?:ago|later|earlier|before|after|back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeAfter();

    [GeneratedRegex(@"\b(?:open(?:s|ed)?|beg[au]n|began|start(?:s|ed)?|complet(?:es|ed)|finish(?:es|ed)|found(?:ed)?|establish(?:es|ed)|launch(?:es|ed)|buil[td]|sign(?:s|ed)|s[ua]nk|discover(?:s|ed)|debuts?|held|inaugurat(?:es|ed)|unveil(?:s|ed)|introduc(?:es|ed)|born|died|clos(?:es|ed)|reopen(?:s|ed)?|construction)\b[^,;.]{0,30}\b(?:in|until|by|on)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EventBefore();

    // "21st" (which would read as 21 stone), "the 1870s", and an ordinal with what it ranks ("the 21st floor"): a rank
    // or a decade, not a figure claimed.
    [GeneratedRegex(@"^\d+(?:st|nd|rd|th|s)(?:\s+\p{L}+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"(?:ed|ing|ly)$")]
    private static partial Regex VerbForm();

    [GeneratedRegex(@"[\s-](?:year|month|week|day|hour|minute|second|decade|century)$", RegexOptions.IgnoreCase)]
    private static partial Regex SingularTimeUnit();

    [GeneratedRegex(@"^(?:\p{L}+\s+)?(?:one|a|an|1)[\s-]\w+$", RegexOptions.IgnoreCase)]
    private static partial Regex OneUnit();

    [GeneratedRegex(@"^(?:one|a|an)$", RegexOptions.IgnoreCase)]
    private static partial Regex LoneUnit();

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

    [GeneratedRegex(@"\G\s*(?:to|until|till)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpanGoesOn();

    [GeneratedRegex(@"(?<who>(?:Dr\.|Mr\.|Ms\.|Mrs\.|Prof\.)\s+[A-Z]\w+(?:\s+[A-Z]\w+)*)\s+(?:says|said|explains|notes|adds)\b")]
    private static partial Regex AttributionBefore();
}
