using ClaimCheck.Checking;
using ClaimCheck.Loading;
using ClaimCheck.Core;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Seeds;

/// <summary>The claims of the five seed articles (claims/): clean, and the headline findings a careful reader finds.</summary>
public class SeedCorpusTests
{
    private static CheckReport? _report;

    private static CheckReport Report => _report ??= Engine.Check(
        ClaimCorpus.Load([Path.Combine(TestPaths.RepoRoot, "claims")], new LoadOptions(BaseDirectory: TestPaths.RepoRoot)));

    private static SubjectResult Subject(string key) => Report.Subjects.Single(s => s.Key == key);

    [Test]
    public void Load_SeedCorpus_HasNoDiagnosticsAndEveryArticle()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Report.Diagnostics, Is.Empty);
            Assert.That(Report.Sources, Has.Length.EqualTo(5));
            Assert.That(Report.Summary.Claims, Is.GreaterThanOrEqualTo(5 * 12));
        });
    }

    [Test]
    public void Check_SmicLeadingNode_ConflictThreeVersusSevenNanometres()
    {
        var subject = Subject("smic.leading-node");

        Assert.That(subject.Verdict, Is.EqualTo(Verdict.Conflict));
        Assert.That(subject.Findings.Where(f => f.Kind == FindingKind.Conflict).Select(f => f.Message),
            Has.Some.Contains("3 nm").And.Some.Contains("7 nm"));
    }

    [Test]
    public void Check_AiIndustryOutput_AgreementAfterCurrencyConversion()
    {
        var subject = Subject("shanghai.ai-industry.output");

        Assert.That(subject.Verdict, Is.EqualTo(Verdict.Agreement));
        var message = subject.Findings.Single(f => f.Kind == FindingKind.Agreement).Message;
        Assert.That(message, Does.Contain("¥150 billion ≈ $").And.Contain("CNY per USD"));
    }

    [Test]
    public void Check_StemPhdComparisons_TensionOfDifferentBaselines()
    {
        var subject = Subject("shanghai.stem-phd-graduates");

        Assert.That(subject.Verdict, Is.EqualTo(Verdict.Tension));
        Assert.That(subject.Findings.Single().Message, Does.StartWith("different baselines").And.Contain("california").And.Contain("uk"));
    }

    [TestCase("smic.advanced-fab.location", Verdict.Conflict)]
    [TestCase("zhangjiang.area", Verdict.Conflict)]
    [TestCase("shanghai.semiconductor-investment", Verdict.Conflict)]
    [TestCase("shanghai.ai-tower.tenants", Verdict.Tension)]
    [TestCase("shanghai.ai-tower.location", Verdict.Agreement)]
    public void Check_OtherCrossArticleSubjects_HaveExpectedVerdict(string key, object expected) => // Verdict is internal, and NUnit test methods are public
        Assert.That(Subject(key).Verdict, Is.EqualTo((Verdict)expected));

    [Test]
    public void Claims_SeedCorpus_QuotesNeverCarryInjectedSpam()
    {
        var corpus = ClaimCorpus.Load([Path.Combine(TestPaths.RepoRoot, "claims")]);

        // The injected ads are Chinese text; the articles themselves are English.
        Assert.That(corpus.Claims.Select(c => c.Quote ?? ""), Has.None.Match(@"[\u4e00-\u9fff]"));
    }
}
