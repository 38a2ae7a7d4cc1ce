using System.Text.RegularExpressions;

namespace ClaimCheck.Drafting;

/// <summary>A comparison a sentence states: "more STEM PhDs annually than the entire UK", "nearly triple the national GDP growth rate".</summary>
/// <param name="Operator">The comparison as <c>compare:</c> writes it before the key: "more-than", "less-than", "same-as", "nearly 3x", "twice".</param>
/// <param name="Start">Where the comparison's words start in the article's text.</param>
/// <param name="Target">The words that name what is compared against ("the entire UK" is "UK", "Berlin and Paris combined").</param>
/// <param name="What">The words that say what is measured, when the comparison names it ("STEM PhDs annually").</param>
/// <param name="Passive">True for "matched by": the target is the one who does the matching.</param>
internal sealed record Comparing(string Operator, int Start, string Target, string What, bool Passive = false);

/// <summary>Finds the comparisons of a sentence: more/fewer … than, comparatives (taller than), surpass/trail, twice/triple/N times, matched by.</summary>
internal static partial class CompareFinder
{
    private static readonly Dictionary<string, string> Multiples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10",
    };

    public static List<Comparing> Find(string text, int start, int end)
    {
        var sentence = text[start..end];
        var found = new List<Comparing>();
        foreach (Match m in Factor().Matches(sentence))
        {
            var factor = m.Groups["n"].Success
                ? (Multiples.TryGetValue(m.Groups["n"].Value, out var digits) ? digits : m.Groups["n"].Value) + "x"
                : m.Groups["f"].Value.ToLowerInvariant();
            var qualifier = m.Groups["q"].Success ? m.Groups["q"].Value.ToLowerInvariant() + " " : string.Empty;
            Add(found, start, m, qualifier + factor, string.Empty);
        }

        foreach (Match m in MoreThan().Matches(sentence))
        {
            var op = m.Groups["op"].Value.ToLowerInvariant() is "more" ? "more-than" : "less-than";
            Add(found, start, m, op, m.Groups["what"].Value.Trim());
        }

        foreach (Match m in Comparative().Matches(sentence))
        {
            var op = m.Groups["more"].Success ? "more-than" : "less-than";
            Add(found, start, m, op, string.Empty);
        }

        foreach (Match m in Verb().Matches(sentence))
        {
            var op = m.Groups["more"].Success ? "more-than" : m.Groups["less"].Success ? "less-than" : "same-as";
            Add(found, start, m, op, string.Empty, m.Value.StartsWith("matched", StringComparison.OrdinalIgnoreCase));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Add(List<Comparing> found, int start, Match m, string op, string what, bool passive = false)
    {
        var target = Target(m.Groups["target"].Value);
        // "more than 3,500 startups" is a figure's qualifier, not a comparison; so is one with nothing to compare against.
        if (target.Length == 0 || !char.IsLetter(target[0]) || NumberWord().IsMatch(target)) return;
        var at = start + m.Index;
        if (found.Any(f => Math.Abs(f.Start - at) < 3)) return;
        found.Add(new Comparing(op, at, target, what, passive));
    }

    /// <summary>The compared-against words: leading articles and "entire state of" dropped, cut at a preposition or after six words.</summary>
    private static string Target(string raw)
    {
        var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "the amount in the Golden Gate Bridge", "that of Beijing": the leading words go first, with the "in"/"of" they take.
        var stripped = false;
        while (words.Count > 0 && (Leading.Contains(words[0].ToLowerInvariant()) || (stripped && words[0].ToLowerInvariant() is "in" or "of")))
        {
            stripped = true;
            words.RemoveAt(0);
        }

        var cut = words.FindIndex(w => Stops.Contains(w.ToLowerInvariant()));
        if (cut >= 0) words = words[..cut];
        if (words.Count > 6) words = words[..6];
        return string.Join(' ', words).Trim(',', '.', ';', ':', '"', '\'', '\u201D', '\u2019', ')');
    }

    /// <summary>A key's first segment for the compared-against: its capitalised words on ("the entire state of California" is "california"), else all its words.</summary>
    internal static string Entity(string target)
    {
        var words = target.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(words, w => char.IsUpper(w[0]));
        var slug = IdSlug(string.Join(' ', first >= 0 ? words[first..] : words));
        return slug.Length == 0 ? "other" : slug;
    }

    private static string IdSlug(string text) => Import.IdSlug.Id(text.Replace("'s", string.Empty, StringComparison.Ordinal).Replace("\u2019s", string.Empty, StringComparison.Ordinal));

    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "in", "for", "by", "since", "during", "on", "at", "with", "from", "to", "over", "among", "last", "this", "when", "while", "which",
        "who", "and,", "as", "according", "formerly", "but", "yet", "so", "because", "thanks", "after", "before", "did", "does", "do",
    };

    private static readonly HashSet<string> Leading = new(StringComparer.Ordinal)
    {
        "the", "its", "their", "his", "her", "our", "that", "those", "of", "entire", "whole", "state", "amount", "size", "number", "as", "much", "many",
    };

    [GeneratedRegex(@"\b(?:(?<q>nearly|almost|about|around|roughly|more than|over|at least)\s+)?(?<f>twice|double|triple|treble|quadruple|(?<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times|half(?=\s+[\p{L}-]+['\u2019]s\b))\s+(?<target>[^,;:.!?\u2014\u2013()""\u201C\u201D]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Factor();

    [GeneratedRegex(@"\b(?<op>more|fewer|less)\s+(?<what>(?:[\p{L}\p{N}-]+\s+){0,4}?)than\s+(?<target>[^,;:.!?\u2014\u2013()""\u201C\u201D]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MoreThan();

    [GeneratedRegex(@"\b(?:(?<more>taller|larger|bigger|higher|longer|greater|wider|deeper|heavier|faster|older|richer|costlier)|(?<less>smaller|shorter|lower|narrower|cheaper|slower|younger|poorer|lighter))\s+than\s+(?<target>[^,;:.!?\u2014\u2013()""\u201C\u201D]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Comparative();

    [GeneratedRegex(@"\b(?:(?<more>surpass(?:es|ed|ing)?|overt(?:ook|akes?|aking)|outpac(?:es|ed|ing)|outnumber(?:s|ed|ing)?)|(?<less>trail(?:s|ed|ing)?|lag(?:s|ged|ging)?\s+behind)|(?<same>matched\s+by|the\s+same\s+as|equal\s+to))\s+(?<target>[^,;:.!?\u2014\u2013()""\u201C\u201D]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    [GeneratedRegex(@"^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|a hundred|hundreds|thousands|millions|dozens|half|a third|a quarter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();
}
