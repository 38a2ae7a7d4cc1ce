using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ClaimCheck.Evaluation;

/// <summary>Book and Flight: values in many formats, normalised here as the truth-discovery papers clean them.</summary>
internal static partial class MoreDataSets
{
    private static readonly string[] FlightAttributes = ["scheduled-departure", "actual-departure", "departure-gate", "scheduled-arrival", "actual-arrival", "arrival-gate"];

    /// <summary>The airlines whose own sites gave the gold; the README asks to score a second time without them.</summary>
    private static readonly HashSet<string> Airlines = new(["aa", "ua", "co"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// book/: claims.txt <c>id|TAB |TAB isbn|TAB AuthorsNamesList|TAB authors|TAB store|TAB ts</c>; truth.txt isbn TAB authors.
    /// An author list becomes the authors' last names in order, letters only, lower case, joined by "; "
    /// ("O'Leary, Timothy J.; O'Leary, Linda I." and "Timothy J O'Leary; Linda I O'Leary" are both "oleary; oleary").
    /// </summary>
    public static Prepared Book(string folder, int limit)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var gold = new Dictionary<(string, string), string[]>();
        var goldIsbns = new List<(string Isbn, string Authors)>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "truth.txt"), Encoding.UTF8))
        {
            var f = line.Split('\t');
            if (f.Length >= 2 && f[0].Trim().Length > 0) goldIsbns.Add((f[0].Trim(), Authors(f[1], semicolonsOnly: true)));
        }

        var goldSet = goldIsbns.Select(g => g.Isbn).ToHashSet(StringComparer.Ordinal);
        var rows = new List<(string, string, string, string)>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "claims.txt"), Encoding.UTF8))
        {
            var f = line.Split("|\t");
            if (f.Length < 6) continue;
            var isbn = f[2].Trim();
            var value = Authors(f[4], semicolonsOnly: false);
            if (value.Length == 0) continue;
            if (limit > 0 && !goldSet.Contains(isbn) && !keys.ContainsKey(isbn) && keys.Count >= limit) continue;
            if (!keys.TryGetValue(isbn, out var key)) keys[isbn] = key = string.Create(CultureInfo.InvariantCulture, $"book.n{keys.Count + 1:D5}");
            rows.Add((f[5].Trim(), key, value, ""));
        }

        foreach (var (isbn, authors) in goldIsbns)
        {
            if (keys.TryGetValue(isbn, out var key) && authors.Length > 0) gold[(key, "")] = [authors];
        }

        // A store that lists one book twice keeps its first listing.
        rows = [.. rows.DistinctBy(r => (r.Item1.ToLowerInvariant(), r.Item2))];
        return new Prepared("book", rows, [], gold, (a, b) => string.Equals(a, b, StringComparison.Ordinal));
    }

    /// <summary>
    /// flight/: <c>source, flight, scheduled/actual departure, departure gate, scheduled/actual arrival, arrival gate</c>;
    /// the truth file the same without the source. Times become 24-hour "HH:MM" (the first clock time in the text),
    /// gates the last word of the gate text in upper case ("Terminal A - 16" is "16").
    /// </summary>
    public static Prepared Flight(string folder, bool withoutAirlines)
    {
        var data = Directory.GetFiles(folder, "*-data.tsv").Order(StringComparer.Ordinal).First();
        var truth = Directory.GetFiles(folder, "*-truth.tsv").Order(StringComparer.Ordinal).First();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<(string, string, string, string)>();
        foreach (var line in File.ReadLines(data, Encoding.UTF8))
        {
            var f = line.Split('\t');
            if (f.Length < 8 || (withoutAirlines && Airlines.Contains(f[0].Trim()))) continue;
            var flight = f[1].Trim();
            if (!keys.TryGetValue(flight, out var key)) keys[flight] = key = string.Create(CultureInfo.InvariantCulture, $"flight.n{keys.Count + 1:D4}");
            for (var a = 0; a < FlightAttributes.Length; a++)
            {
                var value = Normalise(a, f[a + 2]);
                if (value.Length > 0) rows.Add((f[0].Trim(), key + "." + FlightAttributes[a], value, ""));
            }
        }

        rows = [.. rows.DistinctBy(r => (r.Item1.ToLowerInvariant(), r.Item2))];
        var gold = new Dictionary<(string, string), string[]>();
        foreach (var line in File.ReadLines(truth, Encoding.UTF8))
        {
            var f = line.Split('\t');
            if (f.Length < 7 || !keys.TryGetValue(f[0].Trim(), out var key)) continue;
            for (var a = 0; a < FlightAttributes.Length; a++)
            {
                var value = Normalise(a, f[a + 1]);
                if (value.Length > 0) gold[(key + "." + FlightAttributes[a], "")] = [value];
            }
        }

        return new Prepared(withoutAirlines ? "flight, without airlines" : "flight", rows, [], gold, (a, b) => string.Equals(a, b, StringComparison.Ordinal));
    }

    private static string Normalise(int attribute, string text) =>
        attribute is 2 or 5 ? Gate(text) : Time(text);

    private static string Time(string text)
    {
        var m = ClockTime().Match(text);
        if (!m.Success) return "";
        var hour = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups[2].Value;
        var half = m.Groups[3].Value.ToUpperInvariant();
        if (half == "P" && hour < 12) hour += 12;
        if (half == "A" && hour == 12) hour = 0;
        return string.Create(CultureInfo.InvariantCulture, $"{hour:D2}:{minute}");
    }

    private static string Gate(string text)
    {
        var t = text.Trim().TrimEnd('?').Trim();
        if (t.Length == 0 || t == "-") return "";
        var last = t.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return last.Length == 0 ? "" : "gate " + last[^1].ToUpperInvariant();
    }

    /// <summary>An author list as last names in order (see <see cref="Book"/>).</summary>
    internal static string Authors(string text, bool semicolonsOnly)
    {
        var t = text.Replace("andapos;", "'", StringComparison.Ordinal).Trim();
        t = Parenthetical().Replace(t, " ");
        if (t.Length == 0 || t.Equals("not available", StringComparison.OrdinalIgnoreCase) || t.Equals("null", StringComparison.OrdinalIgnoreCase)) return "";
        var chunks = (semicolonsOnly ? t.Split(';') : AuthorSeparator().Split(t)).Select(c => c.Trim().Trim(',').Trim()).Where(c => c.Length > 0);
        var names = new List<string>();
        foreach (var chunk in chunks)
        {
            var commas = chunk.Split(',').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
            if (commas.Length == 1)
            {
                names.Add(LastWord(commas[0]));
            }
            else if (commas.Length == 2 && Words(commas[0]) == 1)
            {
                names.Add(Letters(commas[0])); // "Last, First"
            }
            else if (commas.All(c => Words(c) >= 2))
            {
                names.AddRange(commas.Select(LastWord)); // "First Last, First Last"
            }
            else
            {
                for (var i = 0; i < commas.Length; i += 2) names.Add(Letters(commas[i])); // "Last, First, Last, First"
            }
        }

        return string.Join("; ", names.Where(n => n.Length > 0));
    }

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string LastWord(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Suffixes.Contains(w.Trim('.'))).ToArray();
        return words.Length == 0 ? "" : Letters(words[^1]);
    }

    private static readonly HashSet<string> Suffixes = new(["jr", "sr", "ii", "iii", "iv", "phd", "md", "dr", "prof", "ed", "editor", "eds"], StringComparer.OrdinalIgnoreCase);

    private static string Letters(string s) => new([.. s.ToLowerInvariant().Where(char.IsLetter)]);

    [GeneratedRegex(@"(\d{1,2}):(\d{2})\s*([AaPp])?", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@";|/|&|\band\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AuthorSeparator();

    [GeneratedRegex(@"\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthetical();
}
