using System.Globalization;
using System.Text;

namespace ClaimCheck.CorpusGen;

/// <summary>What to generate.</summary>
/// <param name="Claims">Total number of claims.</param>
/// <param name="Files">Number of claim files (articles); claims are spread evenly.</param>
/// <param name="Subjects">Number of distinct subjects; 1 puts every claim on one subject.</param>
/// <param name="Seed">Everything is a function of this seed.</param>
/// <param name="ConflictPercent">Share of quantity claims whose figure is off by a factor of 2 to 3.</param>
public sealed record CorpusSpec(int Claims, int Files, int Subjects, int Seed = 7, double ConflictPercent = 3);

/// <summary>
/// Writes a deterministic synthetic corpus: claim files mixing currencies ($, ¥, €, £ with scale words),
/// qualifiers (over, about, nearly, at least, ranges), units (nm, km², %, counted nouns), periods (years,
/// quarters, since, ranges, relative ones anchored by a published date), categories and a few comparisons,
/// plus one registry file (labels, units, aliases, tolerance, containment and exchange rates).
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Currencies = ["$", "¥", "€", "£"];
    private static readonly string[] CurrencyCodes = ["USD", "CNY", "EUR", "GBP"];
    private static readonly int[] Years = [2022, 2023, 2024, 2025];

    // Units per 1 USD by year (written to the registry, so the generator knows the rate the checker uses).
    private static readonly double[][] Rates =
    [
        [1, 1, 1, 1],
        [6.73, 7.08, 7.19, 7.18],
        [0.95, 0.92, 0.92, 0.89],
        [0.81, 0.80, 0.78, 0.76],
    ];

    private static readonly string[] Nouns = ["companies", "startups", "qubits", "people", "patents", "engineers", "robots", "labs"];
    private static readonly string[] Places = ["Zhangjiang", "Pudong", "Shanghai", "Wuxi", "Suzhou", "Hangzhou", "Nantong", "Hefei", "Lingang", "Minhang"];
    private static readonly string[] Words = ["output", "investment", "share", "area", "node", "count", "growth", "capacity", "revenue", "location"];

    /// <summary>Writes the corpus into <paramref name="directory"/> (created; existing *.yaml files are replaced).</summary>
    /// <returns>The number of bytes written.</returns>
    public static long Generate(string directory, CorpusSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Claims < 1 || spec.Files < 1 || spec.Subjects < 1) throw new ArgumentOutOfRangeException(nameof(spec), "claims, files and subjects must be positive");
        Directory.CreateDirectory(directory);
        foreach (var old in Directory.EnumerateFiles(directory, "*.yaml")) File.Delete(old);

        var subjects = Enumerable.Range(0, spec.Subjects).Select(i => SubjectPlan.Make(i, spec.Seed)).ToArray();
        long bytes = 0;
        bytes += Write(Path.Combine(directory, "subjects.yaml"), Registry(subjects));

        var perFile = spec.Claims / spec.Files;
        var extra = spec.Claims % spec.Files;
        var claimIndex = 0;
        for (var f = 0; f < spec.Files; f++)
        {
            var count = perFile + (f < extra ? 1 : 0);
            var random = new Random(HashCode(spec.Seed, f));
            var text = new StringBuilder(count * 220);
            var published = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 900));
            text.Append("# Synthetic article ").Append(f.ToString(CultureInfo.InvariantCulture)).Append(" (ClaimCheck.CorpusGen)\n");
            text.Append("source:\n  id: article-").Append(f.ToString("D6", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("  title: \"Synthetic article ").Append(f.ToString(CultureInfo.InvariantCulture)).Append(" on ").Append(Words[f % Words.Length]).Append("\"\n");
            if (f % 3 != 0) text.Append("  outlet: Example Weekly\n");
            if (f % 2 == 0) text.Append("  url: https://example.org/a/").Append(f.ToString(CultureInfo.InvariantCulture)).Append('\n');
            if (f % 5 != 4) text.Append("  published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("claims:\n");
            for (var c = 0; c < count; c++, claimIndex++)
            {
                // Spread claims over subjects so every subject gets several sources.
                var subject = subjects[(int)((claimIndex * 7919L) % spec.Subjects)];
                AppendClaim(text, random, c, subject, subjects, published, f % 5 != 4, spec);
            }

            bytes += Write(Path.Combine(directory, "article-" + f.ToString("D6", CultureInfo.InvariantCulture) + ".yaml"), text.ToString());
        }

        return bytes;
    }

    private static void AppendClaim(StringBuilder text, Random random, int index, SubjectPlan subject, SubjectPlan[] all, DateOnly published, bool dated, CorpusSpec spec)
    {
        text.Append("  - id: c").Append(index.ToString(CultureInfo.InvariantCulture)).Append('\n');
        var key = subject.Aliased && random.Next(4) == 0 ? subject.Key + "-alias" : subject.Key;
        text.Append("    subject: ").Append(key).Append('\n');

        var (period, year) = Period(random, subject.Year, published, dated);
        if (subject.Kind != Kind.Category && all.Length > 1 && random.Next(100) == 0)
        {
            var other = all[random.Next(all.Length)];
            var op = random.Next(4) switch { 0 => "more-than", 1 => "less-than", 2 => "same-as", _ => "nearly 3x" };
            text.Append("    compare: ").Append(op).Append(' ').Append(other.Key).Append('\n');
        }
        else
        {
            var conflict = random.NextDouble() * 100 < spec.ConflictPercent;
            text.Append("    value: ").Append(Quote(Value(random, subject, year, conflict))).Append('\n');
        }

        if (period is not null) text.Append("    period: ").Append(Quote(period)).Append('\n');
        var status = random.Next(20) switch { 0 => "estimate", 1 => "planned", 2 => "target", _ => null };
        if (status is not null) text.Append("    status: ").Append(status).Append('\n');
        text.Append("    quote: \"the article says the ").Append(Words[random.Next(Words.Length)]).Append(" of ")
            .Append(subject.Key).Append(" stood where it said, according to people familiar with it\"\n");
        if (random.Next(10) == 0) text.Append("    note: synthetic claim\n");
    }

    private static (string? Text, int Year) Period(Random random, int year, DateOnly published, bool dated)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        switch (random.Next(10))
        {
            case 0:
            case 1:
            case 2: return (y, year);
            case 3: return (y + "-Q" + (1 + random.Next(4)).ToString(CultureInfo.InvariantCulture), year);
            case 4: return ("since " + (year - 2).ToString(CultureInfo.InvariantCulture), year);
            case 5: return ((year - 1).ToString(CultureInfo.InvariantCulture) + ".." + y, year);
            case 6: return (dated && published.Year == year + 1 ? "last year" : y, year);
            case 7: return (dated && published.Year == year ? "this year" : y + "-0" + (1 + random.Next(9)).ToString(CultureInfo.InvariantCulture), year);
            case 8: return (dated ? "next quarter" : y, dated ? published.Year : year);
            default: return (null, dated ? published.Year : year);
        }
    }

    private static string Value(Random random, SubjectPlan subject, int year, bool conflict)
    {
        var factor = conflict ? 2 + random.NextDouble() : 1.0;
        switch (subject.Kind)
        {
            case Kind.Money:
            {
                var currency = random.Next(4);
                var yearIndex = Math.Clamp(year - Years[0], 0, Years.Length - 1);
                var amount = subject.Base * factor * Rates[currency][yearIndex];
                var (scaled, scale) = amount >= 1e9 ? (amount / 1e9, random.Next(3) == 0 ? " bn" : " billion") : (amount / 1e6, " million");
                var symbol = random.Next(6) == 0 ? CurrencyCodes[currency] + " " : Currencies[currency];
                return Qualified(random, m => symbol + Figure(scaled * m, 3) + scale, (lo, hi) => symbol + lo + "-" + hi + scale, m => Figure(scaled * m, 3));
            }

            case Kind.Node:
            {
                var nm = Math.Round(subject.Base * factor);
                return Qualified(random, m => Figure(Math.Round(nm * m), 2) + " nm", (lo, hi) => lo + "-" + hi + " nm", m => Figure(nm + (m > 1 ? 1 : -1), 2));
            }

            case Kind.Area:
            {
                var area = subject.Base * factor;
                var unit = random.Next(3) switch { 0 => " km²", 1 => " km2", _ => " sq km" };
                return Qualified(random, m => Figure(area * m, 3) + unit, (lo, hi) => "between " + lo + " and " + hi + unit, m => Figure(area * m, 3));
            }

            case Kind.Percent:
            {
                var share = Math.Min(subject.Base * factor, 90);
                var unit = (random.Next(3) == 0 ? " percent" : "%") + (subject.PerYear ? " per year" : "");
                return Qualified(random, m => Figure(share * m, 3) + unit, (lo, hi) => lo + " to " + hi + unit, m => Figure(share * m, 3));
            }

            case Kind.Count:
            {
                var count = Math.Round(subject.Base * factor);
                var noun = " " + Nouns[subject.Noun];
                return Qualified(random, m => Grouped(Math.Round(count * m)) + noun, (lo, hi) => lo + "-" + hi + noun, m => Grouped(Math.Round(count * m)));
            }

            default:
                return conflict ? Places[(subject.Noun + 5) % Places.Length] : Places[(subject.Noun + random.Next(2)) % 3];
        }
    }

    // A figure under a random qualifier, scaled so that the qualifier's meaning keeps consistent claims consistent.
    private static string Qualified(Random random, Func<double, string> figure, Func<string, string, string> range, Func<double, string> bare) => random.Next(12) switch
    {
        0 => "about " + figure(1),
        1 => "around " + figure(1),
        2 => "nearly " + figure(1.04),
        3 => "at least " + figure(0.96),
        4 => "over " + figure(0.95),
        5 => range(bare(0.95), bare(1.05)),
        6 => "roughly " + figure(1),
        _ => figure(1),
    };

    private static string Figure(double value, int significant)
    {
        if (value == 0) return "0";
        var digits = Math.Max(0, significant - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))));
        return Math.Round(value, Math.Min(digits, 6)).ToString("0.######", CultureInfo.InvariantCulture);
    }

    private static string Grouped(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Quote(string text) => "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Registry(SubjectPlan[] subjects)
    {
        var text = new StringBuilder();
        text.Append("# Registry of the synthetic corpus (ClaimCheck.CorpusGen)\nsubjects:\n");
        foreach (var s in subjects.Where(s => s.Registered))
        {
            text.Append("  ").Append(s.Key).Append(":\n");
            text.Append("    label: Synthetic ").Append(s.Kind.ToString().ToLowerInvariant()).Append(' ').Append(s.Key).Append('\n');
            text.Append("    kind: ").Append(s.Kind == Kind.Category ? "category" : "quantity").Append('\n');
            var unit = s.Kind switch { Kind.Money => "USD", Kind.Node => "nm", Kind.Area => "km²", Kind.Percent => "\"%\"", _ => null };
            if (unit is not null) text.Append("    unit: ").Append(unit).Append('\n');
            if (s.Index % 4 == 1) text.Append("    tolerance: 15%\n");
            if (s.Aliased) text.Append("    aliases: [").Append(s.Key).Append("-alias]\n");
            if (s.Kind == Kind.Category)
            {
                text.Append("    within:\n      ").Append(Places[0]).Append(": ").Append(Places[1]).Append('\n');
                text.Append("      ").Append(Places[1]).Append(": ").Append(Places[2]).Append('\n');
            }
        }

        text.Append("within:\n  ").Append(Places[3]).Append(": Jiangsu\n  ").Append(Places[4]).Append(": Jiangsu\n");
        text.Append("rates:\n");
        for (var c = 1; c < CurrencyCodes.Length; c++)
        {
            text.Append("  ").Append(CurrencyCodes[c]).Append(": { ");
            text.AppendJoin(", ", Years.Select((y, i) => string.Create(CultureInfo.InvariantCulture, $"{y}: {Rates[c][i]}")));
            text.Append(" }\n");
        }

        return text.ToString();
    }

    private static long Write(string path, string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text);
        File.WriteAllBytes(path, bytes);
        return bytes.Length;
    }

    private static int HashCode(int seed, int value) => unchecked((seed * 486187739) ^ (value * 16777619) ^ 0x5bd1e995);

    private enum Kind { Money, Node, Area, Percent, Count, Category }

    private sealed record SubjectPlan(int Index, string Key, Kind Kind, double Base, int Year, int Noun, bool PerYear, bool Registered, bool Aliased)
    {
        public static SubjectPlan Make(int index, int seed)
        {
            var random = new Random(HashCode(seed, -1 - index));
            var kind = (Kind)(index % 6);
            var key = "region-" + (index / 6).ToString(CultureInfo.InvariantCulture) + "." + kind.ToString().ToLowerInvariant() + "-" + Words[random.Next(Words.Length)];
            var @base = kind switch
            {
                Kind.Money => Math.Pow(10, 8 + random.NextDouble() * 3),
                Kind.Node => 3 + random.Next(25),
                Kind.Area => 5 + random.NextDouble() * 500,
                Kind.Percent => 2 + random.NextDouble() * 60,
                Kind.Count => 100 + random.Next(20000),
                _ => 0,
            };
            var registered = index % 3 != 2 || kind == Kind.Category;
            return new SubjectPlan(index, key, kind, @base, Years[1 + random.Next(2)], random.Next(Nouns.Length), kind == Kind.Percent && random.Next(3) == 0, registered, registered && index % 5 == 0);
        }
    }
}
