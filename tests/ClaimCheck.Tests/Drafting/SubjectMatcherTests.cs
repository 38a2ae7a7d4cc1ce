using ClaimCheck.Drafting;
using ClaimCheck.Loading;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Drafting;

/// <summary>The subject a drafted figure gets: ranked by the sentence's words, only among subjects whose kind fits.</summary>
[TestFixture]
public sealed class SubjectMatcherTests
{
    private const string Registry = """
        subjects:
          bridge.length:
            label: Length of the bridge
            unit: km
          bridge.opening-date:
            label: Day the bridge opened to traffic
            kind: date
          bridge.cost:
            label: Cost of building the bridge
            unit: USD
          bridge.location:
            label: Where the bridge stands
            kind: category
          bridge.toll-share:
            label: Share of drivers who pay the toll
          bridge.workers:
            label: Workers who built the bridge
        """;

    private const string Claims = """
        source:
          id: other-article
          title: Another article
        claims:
          - id: share
            subject: bridge.toll-share
            value: 40%
            quote: "40% of the drivers pay the toll"
          - id: workers
            subject: bridge.workers
            value: 12,000 workers
            quote: "12,000 workers built the bridge"
          - id: where
            subject: bridge.location
            value: Zhuhai
            quote: "the bridge stands in Zhuhai"
        """;

    private static SubjectMatcher Matcher(ISubjectRanker? ranker = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimcheck-matcher-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "subjects.yaml"), Registry);
        File.WriteAllText(Path.Combine(folder, "other-article.yaml"), Claims);
        return new SubjectMatcher(ClaimCorpus.Load([folder]), ranker);
    }

    private static Quantity Read(string value, bool bareYearIsDate = false) => QuantityParser.Parse(value, new QuantityOptions(BareYearIsDate: bareYearIsDate)).Value!;

    private static string? Best(SubjectMatcher matcher, string sentence, string value, string? focus = null, bool bareYearIsDate = false) =>
        matcher.Rank(new SubjectQuery(sentence, focus ?? sentence), Read(value, bareYearIsDate)).FirstOrDefault()?.Key;

    [Test]
    public void KindDecides_APercentageNeverGoesToACountSubject_NorAnAmountToAPlace()
    {
        var matcher = Matcher();
        // The words speak of the workers, but a percentage is no count of workers: the share subject is the only fit.
        const string sentence = "Of the bridge's workers, 40% came from Zhuhai.";
        Assert.Multiple(() =>
        {
            Assert.That(Best(matcher, sentence, "40%"), Is.EqualTo("bridge.toll-share"));
            Assert.That(Best(matcher, sentence, "12,000 workers"), Is.EqualTo("bridge.workers"));
            Assert.That(matcher.Rank(new SubjectQuery("the bridge stands in Zhuhai", "stands in Zhuhai"), Read("$3 billion")).Select(c => c.Key), Does.Not.Contain("bridge.location"));
            Assert.That(matcher.Rank(new SubjectQuery("the bridge is 55 km long", "55 km long"), Read("55 km")).Select(c => c.Key), Is.EqualTo(new[] { "bridge.length" }), "a length fits only the subject whose unit is km");
        });
    }

    [Test]
    public void ADateGoesOnlyToASubjectOfDates()
    {
        var matcher = Matcher();
        Assert.Multiple(() =>
        {
            Assert.That(Best(matcher, "The bridge opened to traffic in 2018 after it cost $18 billion.", "in 2018"), Is.EqualTo("bridge.opening-date"));
            Assert.That(matcher.Rank(new SubjectQuery("The bridge cost $18 billion.", "cost $18 billion"), Read("$18 billion")).Select(c => c.Key), Does.Not.Contain("bridge.opening-date"));
        });
    }

    [Test]
    public void TheFiguresClauseWeighsMore_ThanTheRestOfTheSentence()
    {
        // Both subjects' words are in the sentence; each figure's clause says which one it speaks of.
        var matcher = Matcher();
        const string sentence = "The bridge cost $18 billion, and the length of the bridge is 55 km.";
        Assert.Multiple(() =>
        {
            Assert.That(Best(matcher, sentence, "$18 billion", "The bridge cost $18 billion"), Is.EqualTo("bridge.cost"));
            Assert.That(matcher.Documents.Single(d => d.Key == "bridge.cost").Shape.Fits(Read("55 km")), Is.False);
        });
    }

    [Test]
    public void AFiguresNearness_TellsApartSubjectsTheWordsRankAlike()
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimcheck-matcher-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.yaml"), """
            source: { id: a, title: A }
            claims:
              - { id: aboard, subject: ship.people-aboard, value: "2,224 people", quote: "people were aboard the ship" }
              - { id: third, subject: ship.third-class-aboard, value: "710 people", quote: "people were aboard in third class" }
            """);
        var corpus = ClaimCorpus.Load([folder]);
        var query = new SubjectQuery("There were 2,200 people aboard.", "There were 2,200 people aboard.");
        Assert.Multiple(() =>
        {
            Assert.That(new SubjectMatcher(corpus).Rank(query, Read("2,200 people"))[0].Key, Is.EqualTo("ship.people-aboard"));
            Assert.That(new SubjectMatcher(corpus).Rank(query, Read("700 people"))[0].Key, Is.EqualTo("ship.third-class-aboard"));
            var wordsOnly = new SubjectMatcher(corpus) { UseNearness = false };
            Assert.That(wordsOnly.Rank(query, Read("700 people"))[0].Key, Is.EqualTo(wordsOnly.Rank(query, Read("2,200 people"))[0].Key), "by the words alone both figures go to one subject");
            var document = new SubjectMatcher(corpus).Documents[0];
            Assert.That(document.Nearness(Read("2,224 people")), Is.EqualTo(1));
            Assert.That(document.Nearness(Read("22,240 people")), Is.EqualTo(0.5).Within(1e-9), "an order of magnitude off halves the score");
            Assert.That(document.Nearness(Read("40%")), Is.EqualTo(1), "no figure of that dimension says nothing");
        });
    }

    [Test]
    public void Stem_FoldsPluralsAndSpellings()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SubjectMatcher.Stem("startups"), Is.EqualTo("startup"));
            Assert.That(SubjectMatcher.Stem("companies"), Is.EqualTo("company"));
            Assert.That(SubjectMatcher.Stem("kilometres"), Is.EqualTo(SubjectMatcher.Stem("kilometers")));
            Assert.That(SubjectMatcher.Stem("campus"), Is.EqualTo("campus"));
            Assert.That(SubjectMatcher.Stem("glass"), Is.EqualTo("glass"));
        });
    }

    [Test]
    public void BothRankers_RankTheNamedSubjectFirst_AndDifferInScaleOnly()
    {
        const string sentence = "Some 12,000 workers built the bridge over nine years.";
        Assert.Multiple(() =>
        {
            Assert.That(Best(Matcher(new Bm25Ranker()), sentence, "12,000 workers"), Is.EqualTo("bridge.workers"));
            Assert.That(Best(Matcher(new TfIdfRanker()), sentence, "12,000 workers"), Is.EqualTo("bridge.workers"));
        });
    }
}
