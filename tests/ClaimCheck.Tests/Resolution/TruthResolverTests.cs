using System.Collections.Immutable;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Reporting;
using ClaimCheck.Resolution;
using ClaimCheck.Tests.Checking;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;
using ClaimCheck;

namespace ClaimCheck.Tests.Resolution;

[TestFixture]
public class TruthResolverTests
{
    private static readonly ResolutionOptions Accu = new();
    private static readonly ResolutionOptions TruthFinder = new() { Method = ResolutionMethod.TruthFinder };
    private static readonly ResolutionOptions Vote = new() { Method = ResolutionMethod.MajorityVote };

    private static SubjectResult Subject(params CheckedClaim[] claims) =>
        new(claims[0].SubjectKey, claims[0].SubjectKey, Verdict.Conflict, [.. claims.OrderBy(c => c.Claim.Ref, StringComparer.Ordinal)], []);

    /// <summary>
    /// Eight subjects where a reliable source and three independent ones give the truth, while an unreliable
    /// source and two copies of it give the same false values; then one subject where the copies outnumber the truth.
    /// </summary>
    private static List<SubjectResult> CopiedCorpus()
    {
        var subjects = new List<SubjectResult>();
        for (var i = 1; i <= 8; i++)
        {
            var key = "item" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            subjects.Add(Subject(
                Make.Category("reliable", key, "Truth" + key, subject: key),
                Make.Category("indie-a", key, "Truth" + key, subject: key),
                Make.Category("indie-b", key, "Truth" + key, subject: key),
                Make.Category("indie-c", key, "Truth" + key, subject: key),
                Make.Category("sloppy", key, "False" + key, subject: key),
                Make.Category("copy-one", key, "False" + key, subject: key),
                Make.Category("copy-two", key, "False" + key, subject: key)));
        }

        subjects.Add(Subject(
            Make.Category("reliable", "x", "Wuxi", subject: "x"),
            Make.Category("indie-a", "x", "Wuxi", subject: "x"),
            Make.Category("sloppy", "x", "Suzhou", subject: "x"),
            Make.Category("copy-one", "x", "Suzhou", subject: "x"),
            Make.Category("copy-two", "x", "Suzhou", subject: "x")));
        return subjects;
    }

    [Test]
    public void Resolve_ReliableSourceOutvotedByCopies_VoteFollowsCopiesButAccuFollowsTrust()
    {
        var subjects = CopiedCorpus();

        var vote = TruthResolver.Resolve(subjects, Registry.Empty, Vote);
        var accu = TruthResolver.Resolve(subjects, Registry.Empty, Accu);

        Assert.That(vote.For("x")[0].Value, Is.EqualTo("Suzhou"));
        Assert.That(accu.For("x")[0].Value, Is.EqualTo("Wuxi"), Describe(accu));
        var trust = accu.Trust.ToDictionary(t => t.SourceId, t => t.Trust, StringComparer.Ordinal);
        Assert.That(trust["reliable"], Is.GreaterThan(trust["sloppy"]));
    }

    [Test]
    public void Resolve_SourcesSharingFalseValues_ReportedAsDependentAndDiscounted()
    {
        var subjects = CopiedCorpus();

        var withCopying = TruthResolver.Resolve(subjects, Registry.Empty, Accu);
        var without = TruthResolver.Resolve(subjects, Registry.Empty, Accu with { DetectCopying = false });

        var pairs = withCopying.Dependence.Select(d => (d.SourceA, d.SourceB)).ToList();
        Assert.That(pairs, Does.Contain(("copy-one", "sloppy")).And.Contain(("copy-one", "copy-two")).And.Contain(("copy-two", "sloppy")));
        Assert.That(pairs, Does.Not.Contain(("indie-a", "reliable")), "sources that share only true values are not called copies");
        Assert.That(withCopying.Dependence.Where(d => d.SourceA == "copy-one" && d.SourceB == "sloppy").Single().Probability, Is.GreaterThan(0.9));
        Assert.That(without.Dependence, Is.Empty);
        Assert.That(withCopying.For("x")[0].Value, Is.EqualTo("Wuxi"));
    }

    [Test]
    public void Resolve_TruthFinderWithATrustedSourceAndTwoSloppyOnes_TrustedSourceWins()
    {
        // The sloppy sources are each alone and wrong on four subjects where the others agree; then they agree on x.
        var subjects = new List<SubjectResult>();
        for (var i = 1; i <= 4; i++)
        {
            var key = "item" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            subjects.Add(Subject(
                Make.Category("reliable", key, "Truth", subject: key),
                Make.Category("indie-a", key, "Truth", subject: key),
                Make.Category("indie-b", key, "Truth", subject: key),
                Make.Category("indie-c", key, "Truth", subject: key),
                Make.Category("sloppy-a", key, "WrongA" + key, subject: key),
                Make.Category("sloppy-b", key, "WrongB" + key, subject: key)));
        }

        subjects.Add(Subject(
            Make.Category("reliable", "x", "Wuxi", subject: "x"),
            Make.Category("sloppy-a", "x", "Suzhou", subject: "x"),
            Make.Category("sloppy-b", "x", "Suzhou", subject: "x")));

        var result = TruthResolver.Resolve(subjects, Registry.Empty, TruthFinder);

        Assert.That(result.For("x")[0].Value, Is.EqualTo("Wuxi"), Describe(result));
        Assert.That(TruthResolver.Resolve(subjects, Registry.Empty, Vote).For("x")[0].Value, Is.EqualTo("Suzhou"));
    }

    [Test]
    public void Resolve_TruthFinderPlaces_ThePlaceInsideAClaimedRegionWins()
    {
        var registry = Make.Registry(within: new Dictionary<string, string> { ["Minneapolis"] = "Minnesota", ["Chicago"] = "Illinois" });
        var subject = Subject(Make.Category("a", "born", "Minneapolis"), Make.Category("b", "born", "Minnesota"), Make.Category("c", "born", "Chicago"));

        var resolved = TruthResolver.Resolve([subject], registry, TruthFinder).For("s")[0];

        Assert.That(resolved.Value, Is.EqualTo("Minneapolis"));
        Assert.That(resolved.Claims, Is.EqualTo(new[] { "a/born", "b/born" }));
    }

    [Test]
    public void Resolve_PlacesInAHierarchy_GeneralClaimsSupportTheSpecificPlaceInsideThem()
    {
        var method = ResolutionMethod.Accu;
        var registry = Make.Registry(within: new Dictionary<string, string>
        {
            ["Minneapolis"] = "Minnesota", ["Minnesota"] = "USA", ["Chicago"] = "Illinois", ["Illinois"] = "USA",
        });
        var subject = Subject(
            Make.Category("a", "born", "Minneapolis"),
            Make.Category("b", "born", "Minnesota"),
            Make.Category("c", "born", "Minnesota"),
            Make.Category("d", "born", "Chicago"),
            Make.Category("e", "born", "Chicago"));

        var vote = TruthResolver.Resolve([subject], registry, Vote).For("s")[0];
        var resolved = TruthResolver.Resolve([subject], registry, new ResolutionOptions { Method = method }).For("s")[0];

        Assert.That(vote.Value, Is.EqualTo("Chicago"), "two against two: the ordinal first wins a vote");
        Assert.That(resolved.Value, Is.EqualTo("Minneapolis"));
        Assert.That(resolved.Claims, Is.EqualTo(new[] { "a/born", "b/born", "c/born" }));
        Assert.That(resolved.Min, Is.Null);
    }

    [Test]
    public void Resolve_LowerBoundAndFigures_TheBoundSupportsTheLargerFigure()
    {
        var subject = Subject(
            Make.Quantity("a", "n", Interval.Above(200), "over 200", unit: "", dimension: Dimension.Count),
            Make.Quantity("b", "n", Interval.Closed(249.5, 250.5), "250", unit: "", dimension: Dimension.Count),
            Make.Quantity("c", "n", Interval.Closed(149.5, 150.5), "150", unit: "", dimension: Dimension.Count));

        var vote = TruthResolver.Resolve([subject], Registry.Empty, Vote).For("s")[0];
        var accu = TruthResolver.Resolve([subject], Registry.Empty, Accu).For("s")[0];

        Assert.That(vote.Value, Is.EqualTo("150"));
        Assert.That(accu.Value, Is.EqualTo("250"));
        Assert.That(accu.Claims, Is.EqualTo(new[] { "a/n", "b/n" }));
        Assert.That((accu.Min, accu.Max), Is.EqualTo(((double?)249.5, (double?)250.5)));
        Assert.That(accu.Confidence, Is.InRange(0.0, 1.0));
    }

    [Test]
    public void Resolve_OverlappingRoundedFigures_SupportEachOther()
    {
        var subject = Subject(
            Make.Quantity("a", "n", Interval.Closed(20.5e9, 21.5e9), "$21 billion", unit: "USD", dimension: Dimension.Currency),
            Make.Quantity("b", "n", Interval.Closed(18.9e9, 23.1e9), "about $21 billion", unit: "USD", dimension: Dimension.Currency),
            Make.Quantity("c", "n", Interval.Closed(29.5e9, 30.5e9), "$30 billion", unit: "USD", dimension: Dimension.Currency));

        var accu = TruthResolver.Resolve([subject], Registry.Empty, Accu).For("s")[0];

        Assert.That(accu.Value, Is.EqualTo("$21 billion"));
        Assert.That(accu.Claims, Is.EqualTo(new[] { "a/n", "b/n" }));
    }

    [Test]
    public void Resolve_ClaimsInSeveralPeriods_OneResolvedValuePerPeriod()
    {
        var subject = Subject(
            Make.Exact("a", "y23", 7, period: Make.Year(2023)),
            Make.Exact("b", "y23", 7, period: Make.Year(2023)),
            Make.Exact("a", "y24", 5, period: Make.Year(2024)),
            Make.Exact("c", "now", 3, period: Make.Undated));

        var resolved = TruthResolver.Resolve([subject], Registry.Empty, Accu).For("s");

        Assert.That(resolved.Select(r => (r.Period, r.Value)), Is.EqualTo(new[] { ("", "3 nm"), ("2023", "7 nm"), ("2024", "5 nm") }));
    }

    [Test]
    public void Resolve_SetSubject_NotResolved()
    {
        var registry = Make.Registry([Make.Definition("s", single: false)]);
        var subject = Subject(Make.Category("a", "m", "Wuxi"), Make.Category("b", "m", "Suzhou"));

        Assert.That(TruthResolver.Resolve([subject], registry, Accu).For("s"), Is.Empty);
    }

    [TestCase(ResolutionMethod.Accu)]
    [TestCase(ResolutionMethod.TruthFinder)]
    [TestCase(ResolutionMethod.MajorityVote)]
    public void Resolve_SameInputInAnotherOrder_SameResult(object methodArgument)
    {
        var method = (ResolutionMethod)methodArgument; // the parameter type is internal, and NUnit test methods are public
        var subjects = CopiedCorpus();
        var options = new ResolutionOptions { Method = method };

        var first = Describe(TruthResolver.Resolve(subjects, Registry.Empty, options));
        var again = Describe(TruthResolver.Resolve(Enumerable.Reverse(subjects).ToList(), Registry.Empty, options));

        Assert.That(again, Is.EqualTo(first));
    }

    [Test]
    public void Resolve_TwoValuesEqualInEveryWay_OrdinalFirstWins()
    {
        var subject = Subject(Make.Category("a", "c", "Wuxi"), Make.Category("b", "c", "Suzhou"));

        foreach (var options in new[] { Accu, TruthFinder, Vote })
        {
            var resolved = TruthResolver.Resolve([subject], Registry.Empty, options).For("s")[0];
            Assert.That(resolved.Value, Is.EqualTo("Suzhou"), options.Method.ToString());
            Assert.That(resolved.Confidence, Is.InRange(0.0, 1.0));
        }
    }

    [Test]
    public void Apply_CheckedReport_JsonCarriesResolvedAndTrust()
    {
        var corpus = Make.Corpus(
            [Make.Source("a"), Make.Source("b")],
            [Make.Claim("a", "n", "city.pop", value: "3,500"), Make.Claim("b", "n", "city.pop", value: "about 3,600")]);

        var report = Engine.Check(corpus);
        var json = JsonReportWriter.ToJson(report);

        Assert.That(report.ResolvedOf(report.Subjects[0]), Has.Length.EqualTo(1));
        Assert.That(report.Trust.Select(t => t.SourceId), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(json, Does.Contain("\"resolved\": [").And.Contain("\"trust\": 0.").And.Contain("\"confidence\": "));
    }

    private static string Describe(ResolutionResult result) =>
        string.Join('\n', result.Subjects.OrderBy(s => s.Key, StringComparer.Ordinal).SelectMany(s => s.Value.Select(r =>
            FormattableString.Invariant($"{s.Key} {r.Period} {r.Value} {r.Confidence:R} {string.Join(',', r.Claims)}"))))
        + "\n" + string.Join('\n', result.Trust.Select(t => FormattableString.Invariant($"{t.SourceId} {t.Trust:R}")))
        + "\n" + string.Join('\n', result.Dependence.Select(d => FormattableString.Invariant($"{d.SourceA} {d.SourceB} {d.Probability:R}")));
}
