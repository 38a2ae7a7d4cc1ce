using ClaimCheck.Loading;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.RealArticles;

/// <summary>
/// The JSON report of each real-article topic (TestFiles/RealArticles/NNN-topic, claim files written from published
/// articles, values worded as the articles word them) is checked in as expected.json; a change to reading or checking
/// shows in review as a diff of verdicts. CLAIMCHECK_UPDATE_GOLDEN=1 rewrites them.
/// </summary>
[TestFixture]
public class RealArticleGoldenTests
{
    private static string Root => Path.Combine(TestPaths.RepoRoot, "tests", "ClaimCheck.Tests", "TestFiles", "RealArticles");

    private static IEnumerable<TestCaseData> Topics() => RealArticleFiles.Topics(Root);

    [TestCaseSource(nameof(Topics))]
    public void Check_Topic_GivesTheExpectedReport(string topic)
    {
        var folder = Path.Combine(Root, topic);
        var corpus = ClaimCorpus.Load([folder], new LoadOptions(BaseDirectory: folder));
        var report = Engine.Check(corpus);
        var json = JsonReportWriter.ToJson(report);
        var expected = Path.Combine(folder, "expected.json");
        if (TestPaths.UpdateGolden) File.WriteAllText(expected, json);

        Assert.Multiple(() =>
        {
            Assert.That(json, Is.EqualTo(File.ReadAllText(expected)), "CLAIMCHECK_UPDATE_GOLDEN=1 rewrites expected.json; review the diff");
            Assert.That(report.Diagnostics.Where(d => d.Code is "CC0121" or "CC0122" or "CC0120"), Is.Empty, "every quote is in its article");
            Assert.That(report.Summary.Sources, Is.GreaterThanOrEqualTo(3));
        });
    }
}
