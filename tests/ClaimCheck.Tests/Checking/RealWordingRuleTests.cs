using ClaimCheck.Checking;
using ClaimCheck.Checking.Rules;
using ClaimCheck.Core;
using ClaimCheck.Normalisation;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Checking;

/// <summary>
/// The reading and checking rules the real-article corpora asked for (issue 15): days without a year, ranges that meet
/// only at their edge, a place written with its container, members of a set named at two scales.
/// </summary>
public class RealWordingRuleTests
{
    private static NormalizedClaims Normalize(Registry registry, DateOnly? published, params Claim[] claims) =>
        ClaimNormalizer.Normalize(Make.Corpus(claims.Select(c => c.SourceId).Distinct().Select(s => Make.Source(s, published)), claims, registry));

    private static DateOnly Day(Quantity q) => DateOnly.FromDayNumber((int)q.Interval.Min);

    [Test]
    public void Normalize_DayWithoutYear_TakesTheYearTheSubjectsOtherDatesShare_BeforeThePublicationYear()
    {
        var result = Normalize(Registry.Empty, new DateOnly(2022, 4, 15),
            Make.Claim("a", "sinking", "titanic.sinking", value: "April 15"),
            Make.Claim("b", "sinking", "titanic.sinking", value: "15 April 1912"));

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(Day(result.Claims[0].Quantity!), Is.EqualTo(new DateOnly(1912, 4, 15)), "a retrospective names the historic day");
    }

    [TestCase("2 May")]
    [TestCase("Oct. 24th")]
    [TestCase("24th October")]
    public void Normalize_DayWithoutYear_ElseThePublicationYear(string value)
    {
        var result = Normalize(Registry.Empty, new DateOnly(2018, 10, 23), Make.Claim("a", "d", "s", value: value));

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(Day(result.Claims[0].Quantity!).Year, Is.EqualTo(2018));
        Assert.That(result.Claims[0].Quantity!.Interval.Min, Is.EqualTo(result.Claims[0].Quantity!.Interval.Max), "one day");
    }

    [Test]
    public void Normalize_DayWithoutYear_ThePeriodsYearComesFirst()
    {
        var result = Normalize(Registry.Empty, new DateOnly(2022, 4, 15), Make.Claim("a", "d", "s", value: "April 10", period: "1912"));

        Assert.That(Day(result.Claims[0].Quantity!), Is.EqualTo(new DateOnly(1912, 4, 10)));
    }

    [Test]
    public void Normalize_DayWithoutYear_InAnUndatedArticle_TakesTheYearItsSiblingsTakeFromTheirArticles()
    {
        // The Straits Times' undated "Oct 24" and Macauhub's "24 October" of 2018-10-23, about the bridge's opening to traffic.
        var claims = new[] { Make.Claim("straits-times", "opening", "hzmb.public-opening-date", value: "Oct 24"), Make.Claim("macauhub", "opening", "hzmb.public-opening-date", value: "24 October") };
        var result = ClaimNormalizer.Normalize(Make.Corpus([Make.Source("straits-times", null), Make.Source("macauhub", new DateOnly(2018, 10, 23))], claims, Registry.Empty));

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(result.Claims.Select(c => Day(c.Quantity!)), Is.EqualTo(new[] { new DateOnly(2018, 10, 24), new DateOnly(2018, 10, 24) }));
        });
    }

    [Test]
    public void Normalize_DayWithoutYear_NothingGivesTheYear_CC0314AndALabel()
    {
        var result = Normalize(Registry.Empty, null, Make.Claim("a", "d", "s", value: "Oct 24"), Make.Claim("b", "d", "s", value: "Wednesday"));

        var d = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Code, Is.EqualTo("CC0314"));
            Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(result.Claims[0].Category, Is.EqualTo("Oct 24"));
        });
    }

    [Test]
    public void Normalize_February29WithoutYear_InAYearWithoutIt_SaysSo()
    {
        var result = Normalize(Registry.Empty, new DateOnly(2023, 3, 1), Make.Claim("a", "d", "s", value: "February 29"));

        Assert.That(result.Diagnostics.Single().Message, Does.Contain("2023-02 has no day 29"));
    }

    [Test]
    public void QuantityRule_RangesMeetingOnlyAtTheirEdge_FarApart_Tension()
    {
        var three = Make.Quantity("a", "t", Interval.Closed(2.5, 3.5), "three hours", unit: "h", dimension: Dimension.Duration, figure: 3);
        var four = Make.Quantity("b", "t", Interval.Closed(3.5, 4.5), "4 hours", unit: "h", dimension: Dimension.Duration, figure: 4);

        var finding = new QuantityRangeRule().Check(Make.Group(three, four), Make.Context()).Single();

        Assert.That(finding.Kind, Is.EqualTo(FindingKind.Tension));
        Assert.That(finding.Message, Does.StartWith("three hours vs 4 hours: the ranges meet only at their edge"));
    }

    [Test]
    public void QuantityRule_RangesMeetingOnlyAtTheirEdge_WithinTheTolerance_Agree()
    {
        var a = Make.Quantity("a", "l", Interval.Closed(22.5, 23.5), "23 miles", unit: "mi", figure: 23);
        var b = Make.Quantity("b", "l", Interval.Closed(23.5, 24.5), "24 miles", unit: "mi", figure: 24);

        var finding = new QuantityRangeRule().Check(Make.Group(a, b), Make.Context()).Single();

        Assert.That(finding.Kind, Is.EqualTo(FindingKind.Agreement));
    }

    [TestCase("Westminster, London", "London")]
    [TestCase("Dubai, United Arab Emirates", "Dubai")]
    [TestCase("Westminster, London, England", "London")]
    public void CategoryRule_PlaceWrittenWithItsContainer_LiesWithinIt(string written, string other)
    {
        var findings = new CategoryRule().Check(Make.Group(Make.Category("a", "p", written), Make.Category("b", "p", other)), Make.Context()).ToList();

        Assert.That(findings.Select(f => f.Kind), Is.EqualTo(new[] { FindingKind.Agreement }), string.Join("\n", findings.Select(f => f.Message)));
    }

    [Test]
    public void CategoryRule_NameWithACommaButNoKnownContainer_StillConflicts()
    {
        var findings = new CategoryRule().Check(Make.Group(Make.Category("a", "d", "Skidmore, Owings & Merrill"), Make.Category("b", "d", "Owings")), Make.Context()).ToList();

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Conflict));
    }

    [Test]
    public void CategoryRule_SetMembersNamedAtTwoScales_Agree()
    {
        var definition = Make.Definition("s", SubjectKind.Category, single: false, within: new Dictionary<string, string> { ["Calais"] = "France" });
        var group = Make.Group(definition, Make.Category("a", "c1", "Calais"), Make.Category("a", "c2", "Folkestone"), Make.Category("b", "c3", "France"));

        var finding = new CategoryRule().Check(group, Make.Context()).Single();

        Assert.That(finding.Kind, Is.EqualTo(FindingKind.Agreement));
        Assert.That(finding.Message, Is.EqualTo("2 sources agree: Calais lies within France"));
    }

    [TestCase("More than 800 million euros ($920 million) has already been pledged.", "More than 800 million euros ($920 million) has already been pledged.", "consistent", "own-conversion")]
    [TestCase("More than 800 million euros has already been pledged.", "The pledges stand at $920 million.", "conflict", "quantity")]
    public void Check_AnArticlesOwnConversion_IsNoContradiction(string euroQuote, string dollarQuote, string kind, string rule)
    {
        // Fortune (Bloomberg), 17 April 2019: the article's own conversion of its euro figure, at another rate than the table's.
        using var corpus = new VerdictCorpus().Add("fortune.yaml", $$"""
            source: { id: fortune, title: Fortune, published: 2019-04-17 }
            claims:
              - { id: euros, subject: notre-dame.pledges, value: More than 800 million euros, quote: "{{euroQuote}}" }
              - { id: dollars, subject: notre-dame.pledges, value: $920 million, quote: "{{dollarQuote}}" }
            """);

        var finding = corpus.Subject("notre-dame.pledges").Findings.Single();

        Assert.That((ContractWords.Of(finding.Kind), finding.Rule), Is.EqualTo((kind, rule)), finding.Message);
    }
}
