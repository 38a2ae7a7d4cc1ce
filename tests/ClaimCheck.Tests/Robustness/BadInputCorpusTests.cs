using System.Text.Json;
using ClaimCheck.Tests.Cli;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// The bad-input golden corpora (TestFiles/Loading/020 and up) through the real command line:
/// the right exit code, a positioned diagnostic with the expected code, no stack trace, and the
/// good file beside the bad one still in the report. Their loaded content is pinned by GoldenLoadingTests.
/// </summary>
public class BadInputCorpusTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("020-syntax-error-in-source", "bad.yaml(3,", "CC0004", "good-020/c1");
        yield return Case("021-syntax-error-in-claims", "bad.yaml(7,", "CC0004", "good-021/c1");
        yield return Case("022-syntax-error-at-end", "bad.yaml(", "CC0004", "good-022/c1");
        yield return Case("023-unclosed-quote", "bad.yaml(", "CC0004", "good-023/c1");
        yield return Case("024-registry-wrong-shapes", "subjects-list.yaml(2,", "CC0103", "good-024/c1");
        yield return Case("025-missing-empty-required", "b-empty-title.yaml(2,", "CC0101", "claim-fields/c4");
        yield return Case("026-bad-urls", "u1.yaml(4,", "CC0108", "url-1/c1");
        yield return Case("027-bad-dates", "d1.yaml(4,", "CC0109", "date-1/c1");
        yield return Case("028-many-files-one-bad", "f17.yaml(", "CC0004", "file-30/c1");
        yield return Case("029-unreadable-values-periods", "bad.yaml(8,", "CC0301", "good-029/c1");
        yield return Case("029-unreadable-values-periods", "bad.yaml(12,", "CC0302", "good-029/c1");
        yield return Case("029-unreadable-values-periods", "bad.yaml(15,", "CC0303", "good-029/c1");
        yield return Case("030-invalid-yaml-tag", "fuzz-tag.yaml(1,", "CC0004", "good-030/c1");
        yield return Case("031-registry-units-rates", "registry.yaml(6,11)", "CC0210", "globaltimes-bridge/length");
        yield return Case("031-registry-units-rates", "registry.yaml(8,11)", "CC0210", "globaltimes-bridge/length");
        yield return Case("032-tab-indentation", "bad.yaml(6,1)", "CC0004", "good-032/c1");
        yield return Case("033-claim-through-alias", "repeat.yaml(10,5)", "CC0110", "aliased/c1");
        yield return Case("034-surrogate-escapes", "reversed.yaml(4,20)", "CC0002", "paired/c1");
        yield return Case("035-published-year-one", "y1.yaml(4,14)", "CC0109", "year-one/c1");
    }

    private static TestCaseData Case(string folder, string at, string code, string goodClaim) =>
        new TestCaseData(folder, at, code, goodClaim).SetName($"Validate_{folder}_{code}_at_{new string([.. at.Where(char.IsAsciiLetterOrDigit)])}");

    [TestCaseSource(nameof(Cases))]
    public void Validate_BadCorpus_ExitsTwoWithPositionedDiagnosticAndNoStackTrace(string folder, string at, string code, string goodClaim)
    {
        var (exit, output, error) = CliRunner.Run("validate", Path.Combine(TestPaths.TestFiles, "Loading", folder));

        var lines = Expect.Lines(error);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(lines, Is.Not.Empty.And.All.Match(Expect.Positioned));
            Assert.That(lines.Where(l => l.Contains(at, StringComparison.Ordinal) && l.Contains(code, StringComparison.Ordinal)), Is.Not.Empty,
                $"expected {code} at {at} in:\n{error}");
            Expect.NoStackTrace(output, error);
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void Check_BadCorpus_ReportsStillCarryTheGoodClaims(string folder, string at, string code, string goodClaim)
    {
        using var scratch = new Scratch();
        var json = Path.Combine(scratch.Path, "r.json");
        var html = Path.Combine(scratch.Path, "r.html");

        var (exit, output, error) = CliRunner.Run("check", Path.Combine(TestPaths.TestFiles, "Loading", folder), "--json", json, "--html", html);

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(File.ReadAllText(json), Does.Contain("\"" + goodClaim + "\""), "the good file's claim is in the JSON report");
            Assert.That(File.ReadAllText(html), Does.Contain(goodClaim), "the good file's claim is in the HTML report");
            Assert.That(error, Does.Contain(code));
            Expect.NoStackTrace(output, error);
        });
    }

    [Test]
    public void Validate_ValidDatesAndUrls_AreNotReported()
    {
        var (_, _, error) = CliRunner.Run("validate", Path.Combine(TestPaths.TestFiles, "Loading", "026-bad-urls"), Path.Combine(TestPaths.TestFiles, "Loading", "027-bad-dates"));

        Assert.Multiple(() =>
        {
            Assert.That(error, Does.Not.Contain("u7.yaml"), "https://example.org/ok is a good URL");
            Assert.That(error, Does.Not.Contain("d6.yaml"), "2024-02-29 is a real date");
            Assert.That(error, Does.Contain("d5.yaml(4,").And.Contain("2023-02-29"), "2023 is not a leap year");
        });
    }
}
