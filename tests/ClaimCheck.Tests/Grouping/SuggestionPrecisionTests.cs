using System.Globalization;
using ClaimCheck.Normalisation;
using ClaimCheck.Loading;

namespace ClaimCheck.Tests.Grouping;

/// <summary>
/// How many of the suggestions of <c>claimcheck subjects</c> are right: on the seed corpus with its registry
/// aliases put back as keys of their own, and on a corpus of 2,000-odd subjects with planted slips and
/// synonyms among naming schemes and look-alike labels. The figures are in docs/performance.md.
/// </summary>
public class SuggestionPrecisionTests
{
    [Test]
    public void Seeds_AliasesAsKeys_SuggestionsAreTheAliasesOnly()
    {
        var corpus = ClaimCorpus.Load([Path.Combine(TestPaths.RepoRoot, "claims")]);
        var catalog = SubjectCatalog.Build(corpus);
        var rows = catalog.Subjects.ToList();
        var truth = new HashSet<(string, string)>();
        foreach (var (key, definition) in corpus.Registry.Subjects)
        {
            foreach (var alias in definition.Aliases)
            {
                rows.Add(new SubjectRow(alias, alias, 1, 1, false));
                truth.Add(Pair(alias, key));
            }
        }

        var suggestions = SubjectSuggester.Suggest(rows, corpus.Claims.Select(c => (c.Subject, c.SourceId, c.Value)));
        var right = suggestions.Count(s => truth.Contains(Pair(s.First, s.Second)));
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeds: {suggestions.Length} suggestions, {right} right, {truth.Count} aliases; {string.Join(" | ", suggestions.Select(s => s.First + " ~ " + s.Second))}"));

        Assert.Multiple(() =>
        {
            Assert.That(catalog.Suggestions, Is.Empty, "the seed corpus as it is has no duplicate keys");
            Assert.That(suggestions.Length - right, Is.Zero, "no false suggestion");
            Assert.That(right, Is.GreaterThanOrEqualTo(2), "zhangjiang-hi-tech-park.area and zhangjiang-science-city.area are found");
        });
    }

    [Test]
    public void PlantedCorpus_SlipsAndSynonyms_PrecisionAndRecall()
    {
        var (rows, claims, truth) = Planted(seed: 11);

        var suggestions = SubjectSuggester.Suggest(rows, claims);
        var right = suggestions.Count(s => truth.Contains(Pair(s.First, s.Second)));
        var precision = (double)right / Math.Max(1, suggestions.Length);
        var recall = (double)right / truth.Count;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"planted: {rows.Count} keys, {truth.Count} planted pairs, {suggestions.Length} suggestions, {right} right: precision {precision:0.00}, recall {recall:0.00}"));
        foreach (var s in suggestions.Where(s => !truth.Contains(Pair(s.First, s.Second))).Take(20)) TestContext.Out.WriteLine("  false: " + s.First + " ~ " + s.Second + ": " + s.Reason);

        Assert.Multiple(() =>
        {
            Assert.That(precision, Is.GreaterThanOrEqualTo(0.9));
            Assert.That(recall, Is.GreaterThanOrEqualTo(0.8));
        });
    }

    [Test]
    public void NumberedScheme_OneDigitApart_NotSuggested()
    {
        var rows = Enumerable.Range(1, 40).Select(n => new SubjectRow("metro.line-" + n.ToString(CultureInfo.InvariantCulture) + ".length", "metro.line-" + n.ToString(CultureInfo.InvariantCulture) + ".length", 2, 2, false)).ToList();

        Assert.That(SubjectSuggester.Suggest(rows, []), Is.Empty);
    }

    [Test]
    public void LabelsDifferingInACompanyName_NotSuggested()
    {
        SubjectRow[] rows =
        [
            new("bytedance.rd-center-locations", "Places where ByteDance maintains R&D centers", 1, 1, true),
            new("dji.rd-center-locations", "Places where DJI maintains R&D centers", 1, 1, true),
        ];

        Assert.That(SubjectSuggester.Suggest(rows, []), Is.Empty);
    }

    [Test]
    public void Suggestions_LikeliestFirst()
    {
        SubjectRow[] rows =
        [
            new("smic.leading-node", "smic.leading-node", 1, 1, false),
            new("smic-corp.leading-node", "smic-corp.leading-node", 1, 1, false),
            new("shanghai.rd-spending", "shanghai.rd-spending", 1, 1, false),
            new("shanghai.rdspending", "shanghai.rdspending", 1, 1, false),
        ];

        var s = SubjectSuggester.Suggest(rows, []);

        Assert.That(s.Select(x => x.First + " ~ " + x.Second), Is.EqualTo(new[] { "shanghai.rd-spending ~ shanghai.rdspending", "smic-corp.leading-node ~ smic.leading-node" }));
    }

    [Test]
    public void TwentyThousandKeys_FinishesQuickly()
    {
        var rows = Enumerable.Range(0, 20_000).Select(i => new SubjectRow(
            "region-" + (i / 6).ToString(CultureInfo.InvariantCulture) + ".kind" + (i % 6).ToString(CultureInfo.InvariantCulture) + "-alpha",
            "Synthetic region " + (i / 6).ToString(CultureInfo.InvariantCulture) + " kind " + (i % 6).ToString(CultureInfo.InvariantCulture), 10, 10, i % 3 != 2)).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var s = SubjectSuggester.Suggest(rows, []);

        Assert.Multiple(() =>
        {
            Assert.That(s, Is.Empty);
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "the old all-pairs comparison took minutes here");
        });
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static readonly string[] Entities =
    [
        "smic", "huawei", "sensetime", "bytedance", "dji", "shanghai", "zhangjiang", "lingang", "hefei", "shenzhen",
        "beijing", "tsmc", "samsung", "nvidia", "alibaba", "tencent", "baidu", "xiaomi", "byd", "nio", "catl",
        "cosco", "hua-hong", "yangtze-memory", "cambricon", "horizon-robotics", "unisoc", "naura", "amec", "jcet",
        "shanghai-pudong", "beijing-haidian", "wuxi", "suzhou", "hangzhou", "nanjing", "chengdu", "xian", "wuhan", "tianjin",
    ];

    private static readonly (string Key, string Label)[] Attributes =
    [
        ("revenue", "Revenue"), ("employees", "Employees"), ("headquarters.location", "Headquarters location"),
        ("leading-node", "Leading process node"), ("fab-count", "Number of fabs"), ("rd-spending", "Research and development spending"),
        ("market-share", "Market share"), ("export-value", "Export value"), ("founding-year", "Founding year"),
        ("chief-executive", "Chief executive"), ("wafer-capacity", "Monthly wafer capacity"), ("patents", "Patents granted"),
        ("gdp", "Gross domestic product"), ("population", "Population"), ("startup-count", "Number of startups"),
        ("rd-center-locations", "Places with research centers"), ("subsidies", "Government subsidies received"),
        ("net-profit", "Net profit"), ("capital-spending", "Capital spending"), ("engineers", "Engineers employed"),
        ("ai-compute", "Artificial intelligence computing power"), ("data-centers", "Data centers operated"),
        ("chip-imports", "Chip imports"), ("chip-exports", "Chip exports"), ("listing.exchange", "Stock exchange listing"),
    ];

    /// <summary>
    /// Every entity × attribute key (half registered, labelled "Revenue of SMIC"), numbered schemes
    /// (metro line-1 … line-30), one-letter variants (node-a, node-b), one shared city value; then planted
    /// duplicates: one-character slips, separator variants, longer parents and reworded labels.
    /// </summary>
    private static (List<SubjectRow> Rows, List<(string, string, string?)> Claims, HashSet<(string, string)> Truth) Planted(int seed)
    {
        var random = new Random(seed);
        var rows = new List<SubjectRow>();
        var claims = new List<(string, string, string?)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void AddRow(string key, string? label, int source)
        {
            if (!keys.Add(key)) return;
            rows.Add(new SubjectRow(key, label ?? key, 1, 1, label is not null));
            claims.Add((key, "article-" + source.ToString(CultureInfo.InvariantCulture), key.EndsWith("location", StringComparison.Ordinal) ? "Shanghai" : "5%"));
        }

        var n = 0;
        foreach (var e in Entities)
        {
            foreach (var (a, label) in Attributes)
            {
                var registered = (n++ % 2) == 0;
                AddRow(e + "." + a, registered ? label + " of " + Name(e) : null, n % 50);
            }
        }

        for (var line = 1; line <= 30; line++) AddRow("shanghai.metro.line-" + line.ToString(CultureInfo.InvariantCulture) + ".length", null, line);
        foreach (var x in new[] { "a", "b", "c" }) AddRow("smic.fab-" + x + ".capacity", null, 1);

        var truth = new HashSet<(string, string)>();
        var bases = rows.Where(r => !r.Registered && !r.Key.Contains("line-", StringComparison.Ordinal) && !r.Key.Contains("fab-", StringComparison.Ordinal)).Select(r => r.Key).ToList();
        var registeredBases = rows.Where(r => r.Registered).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        string Pick()
        {
            while (true)
            {
                var k = bases[random.Next(bases.Count)];
                if (used.Add(k)) return k;
            }
        }

        void Plant(string original, string planted, string? label = null)
        {
            if (planted == original || keys.Contains(planted)) return;
            AddRow(planted, label, 99);
            truth.Add(Pair(original, planted));
        }

        for (var t = 0; t < 40; t++)
        {
            var k = Pick();
            var dot = k.LastIndexOf('.');
            var p = dot + 1 + random.Next(Math.Max(1, k.Length - dot - 2));
            if (!char.IsLetter(k[p]) || !char.IsLetter(k[p + 1])) continue;
            Plant(k, (t % 3) switch
            {
                0 => k[..p] + k[p + 1] + k[p] + k[(p + 2)..],   // swapped neighbours
                1 => k[..p] + k[(p + 1)..],                      // a dropped letter
                _ => k[..p] + k[p] + k[p..],                     // a doubled letter
            });
        }

        foreach (var k in bases.Where(k => k[(k.LastIndexOf('.') + 1)..].Contains('-', StringComparison.Ordinal) && !used.Contains(k)).Take(15))
        {
            used.Add(k);
            var dot = k.LastIndexOf('.');
            Plant(k, k[..dot] + k[dot..].Replace('-', '_'));
        }

        // One longer parent per entity: a parent written two ways for many subjects is an entity of its own.
        foreach (var k in bases.Where(k => !used.Contains(k) && k.IndexOf('.', StringComparison.Ordinal) == k.LastIndexOf('.'))
                     .GroupBy(k => k[..k.IndexOf('.', StringComparison.Ordinal)], StringComparer.Ordinal).Select(g => g.First()).Take(15))
        {
            used.Add(k);
            var dot = k.IndexOf('.', StringComparison.Ordinal);
            Plant(k, k[..dot] + "-group" + k[dot..]);
        }

        foreach (var r in registeredBases.Where(r => r.Key.EndsWith("rd-spending", StringComparison.Ordinal) || r.Key.EndsWith("capital-spending", StringComparison.Ordinal)).Take(12))
        {
            var entity = r.Key[..r.Key.IndexOf('.', StringComparison.Ordinal)];
            var words = r.Label[..r.Label.IndexOf(" of ", StringComparison.Ordinal)];
            Plant(r.Key, entity + ".spending-" + r.Key.Length.ToString(CultureInfo.InvariantCulture) + "x", "Yearly " + words.ToLowerInvariant() + " of " + Name(entity));
        }

        return (rows, claims, truth);
    }

    private static string Name(string entity) => string.Join(' ', entity.Split('-').Select(w => w.Length <= 4 ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
}
