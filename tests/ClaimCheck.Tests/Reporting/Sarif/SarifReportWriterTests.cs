using System.Text.Json;
using ClaimCheck.Core;
using ClaimCheck.Reporting.Sarif;
using ClaimCheck.Reporting;
using ClaimCheck.Checking;

namespace ClaimCheck.Tests.Reporting.Sarif;

[TestFixture]
public sealed class SarifReportWriterTests
{
    private CheckReport report = null!;
    private string sarif = null!;
    private JsonElement run;

    [OneTimeSetUp]
    public void CheckCorpus()
    {
        report = IntegrationCorpus.Check();
        sarif = SarifReportWriter.ToSarif(report);
        run = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];
    }

    private IEnumerable<JsonElement> Results => run.GetProperty("results").EnumerateArray();

    private JsonElement ResultFor(string ruleId) => Results.Single(r => r.GetProperty("ruleId").GetString() == ruleId);

    [Test]
    public void ToSarif_Report_HasVersionSchemaAndDriver()
    {
        var root = JsonDocument.Parse(sarif).RootElement;
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
            Assert.That(root.GetProperty("$schema").GetString(), Does.Contain("sarif-2.1.0"));
            Assert.That(root.GetProperty("runs").GetArrayLength(), Is.EqualTo(1));
            Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("claimcheck"));
            Assert.That(driver.GetProperty("version").GetString(), Is.EqualTo(report.ToolVersion));
        });
    }

    [Test]
    public void ToSarif_Report_EveryResultReferencesAnExistingRuleByIdAndIndex()
    {
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var ids = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.That(Results.ToList(), Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(rules.All(r => r.GetProperty("shortDescription").GetProperty("text").GetString()!.Length > 0), Is.True);
            foreach (var result in Results)
            {
                var ruleId = result.GetProperty("ruleId").GetString();
                Assert.That(ids, Does.Contain(ruleId));
                Assert.That(ids[result.GetProperty("ruleIndex").GetInt32()], Is.EqualTo(ruleId));
            }
        });
    }

    [Test]
    public void ToSarif_ConflictsAndTensions_AreErrorsAndWarningsAndAgreementsAreNotResults()
    {
        var expected = report.Subjects.SelectMany(s => s.Findings).Count(f => f.Kind != FindingKind.Agreement);
        var findingResults = Results.Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("CC-", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(report.Subjects.Any(s => s.Findings.Any(f => f.Kind == FindingKind.Agreement)), Is.True, "the corpus should hold an agreement");
            Assert.That(findingResults, Has.Count.EqualTo(expected));
            Assert.That(ResultFor("CC-quantity").GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(ResultFor("CC-category").GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(ResultFor("CC-bound").GetProperty("level").GetString(), Is.EqualTo("warning"));
            Assert.That(findingResults.Any(r => r.GetProperty("message").GetProperty("text").GetString()!.Contains("shanghai.ai-output", StringComparison.Ordinal)), Is.False);
        });
    }

    [Test]
    public void ToSarif_Conflict_LocatedAtFirstClaimWithOthersAsRelatedLocations()
    {
        var result = ResultFor("CC-quantity");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var related = result.GetProperty("relatedLocations");
        Assert.Multiple(() =>
        {
            Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("claims/a.yaml"));
            Assert.That(location.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(7));
            Assert.That(location.GetProperty("region").GetProperty("startColumn").GetInt32(), Is.GreaterThanOrEqualTo(1));
            Assert.That(related.GetArrayLength(), Is.EqualTo(1));
            Assert.That(related[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("claims/b.yaml"));
            Assert.That(related[0].GetProperty("message").GetProperty("text").GetString(), Is.EqualTo("beta/node"));
            Assert.That(result.GetProperty("message").GetProperty("text").GetString(), Does.Contain("smic.leading-node"));
        });
    }

    [Test]
    public void ToSarif_ErrorDiagnostic_IsAnErrorResultWithItsCodeAndPlace()
    {
        var error = report.Diagnostics.First(d => d.Severity == Severity.Error);
        var result = Results.First(r => r.GetProperty("ruleId").GetString() == error.Code);
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Multiple(() =>
        {
            Assert.That(error.Position.File, Is.EqualTo("claims/c.yaml"));
            Assert.That(result.GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(result.GetProperty("message").GetProperty("text").GetString(), Is.EqualTo(error.Message));
            Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("claims/c.yaml"));
            Assert.That(location.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(error.Position.Line));
            Assert.That(location.GetProperty("region").GetProperty("startColumn").GetInt32(), Is.EqualTo(error.Position.Column));
        });
    }

    [Test]
    public void ToSarif_SameReportTwice_ByteIdenticalWithLfLineEnds()
    {
        var again = SarifReportWriter.ToSarif(IntegrationCorpus.Check());
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(sarif));
            Assert.That(sarif, Does.Not.Contain("\r"));
            Assert.That(sarif, Does.EndWith("}\n"));
        });
    }

    [TestCase("claims/a.yaml", "claims/a.yaml")]
    [TestCase(@"claims\sub\a b.yaml", "claims/sub/a%20b.yaml")]
    [TestCase("./claims/a.yaml", "claims/a.yaml")]
    public void ToUri_RelativePath_ForwardSlashesAndEscapedSegments(string file, string expected) =>
        Assert.That(SarifReportWriter.ToUri(file), Is.EqualTo(expected));
}
