using ClaimCheck.Checking;
using ClaimCheck.Core;

namespace ClaimCheck.Tests.Checking;

/// <summary>
/// Amounts whose periods start together and end apart are a running total at two moments, not one time: the
/// Channel Tunnel's "around 330 million passengers have made the trip since the inauguration in 1994" (Royal
/// Central, 2014) and "more than 400 million passengers ... in its 24-year existence" (carsupermarket, 2018).
/// </summary>
public class RunningTotalTests
{
    private const string Subject = "channel-tunnel.passengers-since-opening";

    private static string Source(string id, string value, string period, string? published = null) => $"""
        source:
          id: {id}
          title: {id}
        {(published is null ? "" : "  published: " + published)}
        claims:
          - id: passengers
            subject: {Subject}
            value: {value}
            period: "{period}"
        """;

    private static SubjectResult Check(string earlierValue, string earlierPeriod, string laterValue, string laterPeriod)
    {
        using var corpus = new VerdictCorpus()
            .Add("a.yaml", Source("royalcentral", earlierValue, earlierPeriod))
            .Add("b.yaml", Source("carsupermarket", laterValue, laterPeriod));
        return corpus.Subject(Subject);
    }

    [TestCase("around 330 million passengers", "more than 400 million passengers")]
    [TestCase("around 330 million passengers", "340 million passengers")]
    [TestCase("330 million", "330 million")]
    [TestCase("more than 330 million", "more than 400 million")]
    public void LaterTotalAtLeastTheEarlier_IsConsistent(string earlier, string later)
    {
        var subject = Check(earlier, "1994..2014", later, "1994..2018");

        Assert.Multiple(() =>
        {
            Assert.That(subject.Verdict, Is.EqualTo(Verdict.Consistent));
            Assert.That(subject.Findings.Select(f => f.Rule), Is.EqualTo(new[] { RunningTotals.Rule }));
            Assert.That(subject.Findings[0].Message, Does.Contain("(1994..2014) then").And.Contain("(1994..2018): a running total from the same start at two moments"));
        });
    }

    [Test]
    public void ManyMoments_ListAtMostTheCapOfConsistentFindings()
    {
        // 40 moments of one total are 780 pairs: the rule lists its cap (20), as every rule does; before, it listed all,
        // and a generated subject of 20,000 claims made 915 findings and a 2.7 MB list on the page.
        var corpus = new VerdictCorpus();
        for (var i = 0; i < 40; i++) corpus.Add($"s{i:00}.yaml", Source($"s{i:00}", $"{100 + (i * 10)} million", $"1980..{1981 + i}"));
        using (corpus)
        {
            var subject = corpus.Subject(Subject);

            Assert.Multiple(() =>
            {
                Assert.That(subject.Verdict, Is.EqualTo(Verdict.Consistent));
                Assert.That(subject.Findings.Count(f => f.Rule == RunningTotals.Rule), Is.EqualTo(20));
            });
        }
    }

    [Test]
    public void LaterTotalSmaller_IsAConflictThatSaysSo()
    {
        var subject = Check("400 million passengers", "1994..2014", "around 300 million passengers", "1994..2018");

        Assert.Multiple(() =>
        {
            Assert.That(subject.Verdict, Is.EqualTo(Verdict.Conflict));
            var finding = subject.Findings.Single();
            Assert.That(finding.Rule, Is.EqualTo(RunningTotals.Rule));
            Assert.That(finding.Message, Is.EqualTo(
                "400 million passengers (1994..2014) vs around 300 million passengers (1994..2018): running totals from the same start, and the later total is smaller than the earlier"));
        });
    }

    [Test]
    public void ManySmallerLaterTotals_AreListedUpToTheCap_AndTheRestCounted()
    {
        // Five earlier totals of 400 million against five later ones of 300 million: 25 conflicts, 20 listed.
        static string Many(string id, string period, int figure) => $"""
            source:
              id: {id}
              title: {id}
            claims:
            {string.Concat(Enumerable.Range(0, 5).Select(i => $"""
              - id: passengers-{i}
                subject: {Subject}
                value: {figure} million
                period: "{period}"

            """))}
            """;
        using var corpus = new VerdictCorpus().Add("a.yaml", Many("earlier", "1994..2014", 400)).Add("b.yaml", Many("later", "1994..2018", 300));

        var findings = corpus.Subject(Subject).Findings;
        Assert.Multiple(() =>
        {
            Assert.That(findings, Has.Length.EqualTo(20));
            Assert.That(findings.Select(f => f.Kind), Has.All.EqualTo(FindingKind.Conflict));
            Assert.That(findings[^1].Message, Does.EndWith("(and 5 more pairs)"));
        });
    }

    [Test]
    public void LaterTotalSmaller_IsASarifResultOfItsOwnRule()
    {
        using var corpus = new VerdictCorpus()
            .Add("a.yaml", Source("royalcentral", "400 million passengers", "1994..2014"))
            .Add("b.yaml", Source("carsupermarket", "around 300 million passengers", "1994..2018"));
        using var sarif = System.Text.Json.JsonDocument.Parse(ClaimCheck.Reporting.Sarif.SarifReportWriter.ToSarif(corpus.Check()));

        var rule = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "CC-" + RunningTotals.Rule);
        Assert.That(rule.GetProperty("shortDescription").GetProperty("text").GetString(), Does.Contain("later figure is smaller"));
    }

    [Test]
    public void SinceTheSameDay_InArticlesOfDifferentDates_IsARunningTotal()
    {
        using var corpus = new VerdictCorpus()
            .Add("a.yaml", Source("royalcentral", "around 330 million passengers", "since 1994", "2014-05-06"))
            .Add("b.yaml", Source("carsupermarket", "more than 400 million passengers", "since 1994", "2018-05-06"));

        Assert.That(corpus.Subject(Subject).Verdict, Is.EqualTo(Verdict.Consistent));
    }

    // Not two moments of one running total, so compared as one time as before: periods that start apart, one
    // period, shares and rates (which do not add up over a period).
    [TestCase("330 million", "1994..2014", "400 million", "1995..2018")]
    [TestCase("330 million", "1994..2018", "400 million", "1994..2018")]
    [TestCase("33%", "1994..2014", "40%", "1994..2018")]
    [TestCase("33 million per year", "1994..2014", "40 million per year", "1994..2018")]
    public void OtherOverlappingPeriods_StillConflict(string earlier, string earlierPeriod, string later, string laterPeriod)
    {
        var subject = Check(earlier, earlierPeriod, later, laterPeriod);

        Assert.Multiple(() =>
        {
            Assert.That(subject.Verdict, Is.EqualTo(Verdict.Conflict));
            Assert.That(subject.Findings.Select(f => f.Rule), Has.None.EqualTo(RunningTotals.Rule));
        });
    }

    [Test]
    public void PeriodsStartingTogether_AreTold_FromPeriodsThatDoNot()
    {
        var (p1994To2014, p1994To2018, p1995To2018) = (Period("1994..2014"), Period("1994..2018"), Period("1995..2018"));

        Assert.Multiple(() =>
        {
            Assert.That(PeriodOverlap.StartTogetherEndApart(p1994To2014, p1994To2018), Is.True);
            Assert.That(PeriodOverlap.StartTogetherEndApart(p1994To2018, p1994To2014), Is.True);
            Assert.That(PeriodOverlap.StartTogetherEndApart(p1994To2014, p1995To2018), Is.False);
            Assert.That(PeriodOverlap.StartTogetherEndApart(p1994To2018, p1994To2018), Is.False);
        });
    }

    private static ClaimCheck.Quantities.Period Period(string text) => ClaimCheck.Quantities.PeriodParser.Parse(text, null).Value!;
}
