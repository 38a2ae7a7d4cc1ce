using System.Text.Json;

namespace ClaimCheck.Tests.Cli;

public class CheckCommandTests
{
    private string _dir = null!;

    private static string Claims => Path.Combine(TestPaths.RepoRoot, "claims");

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("claimcheck-check-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Check_SeedCorpus_WritesHtmlAndJsonAndSummarisesConflicts()
    {
        var (html, json) = (Path.Combine(_dir, "r.html"), Path.Combine(_dir, "r.json"));

        var (code, output, error) = CliRunner.Run("check", Claims, "--html", html, "--json", json);

        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(output, Does.Contain("conflict  smic.leading-node"));
            Assert.That(File.ReadAllText(html), Does.StartWith("<!DOCTYPE html>").IgnoreCase);
            Assert.That(report.RootElement.GetProperty("summary").GetProperty("conflicts").GetInt32(), Is.GreaterThan(0));
        });
    }

    [TestCase("never", 0)]
    [TestCase("conflict", 1)]
    [TestCase("tension", 1)]
    public void Check_FailOn_DecidesExitCode(string failOn, int expected) =>
        Assert.That(CliRunner.Run("check", Claims, "--json", Path.Combine(_dir, "r.json"), "--fail-on", failOn).ExitCode, Is.EqualTo(expected));

    [Test]
    public void Check_FailOnTensionWithOnlyAgreement_ExitsZero()
    {
        File.WriteAllText(Path.Combine(_dir, "a.yaml"), "source: { id: a, title: A }\nclaims:\n  - { id: c, subject: x.y, value: 7 nm }\n");
        File.WriteAllText(Path.Combine(_dir, "b.yaml"), "source: { id: b, title: B }\nclaims:\n  - { id: c, subject: x.y, value: about 7 nm }\n");

        Assert.That(CliRunner.Run("check", _dir, "--json", Path.Combine(_dir, "r.json"), "--fail-on", "tension").ExitCode, Is.Zero);
    }

    [Test]
    public void Check_InvalidInput_ExitsTwoAndStillReportsReadableClaims()
    {
        File.WriteAllText(Path.Combine(_dir, "good.yaml"), "source: { id: good, title: G }\nclaims:\n  - { id: c, subject: x.y, value: 7 nm }\n");
        File.WriteAllText(Path.Combine(_dir, "bad.yaml"), "source: { id: bad, title: B }\nclaims:\n  - { id: c, subject: x.y, valeu: 3 nm }\n");
        var json = Path.Combine(_dir, "out", "r.json");

        var (code, _, error) = CliRunner.Run("check", _dir, "--json", json);

        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("bad.yaml(3,28): error CC0102"));
            Assert.That(report.RootElement.GetProperty("summary").GetProperty("claims").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Check_UnknownFailOnWord_IsUsageErrorTwo() =>
        Assert.That(CliRunner.Run("check", Claims, "--fail-on", "sometimes").ExitCode, Is.EqualTo(2));

    [Test]
    public void Check_BrokenTemplate_ExitsTwoWithTemplatePosition()
    {
        var template = Path.Combine(_dir, "t.sbn");
        File.WriteAllText(template, "<p>\n{{ for x in }}\n");

        var (code, _, error) = CliRunner.Run("check", Claims, "--html", Path.Combine(_dir, "r.html"), "--template", template);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Match(@"t\.sbn\(2,\d+\): error CC0501"));
            // The page renders into r.html.partial, moved into place only on success: a failure leaves neither.
            Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "t.sbn" }));
        });
    }

    [Test]
    public void Check_AllReports_WritesEachOnceInFixedOrderAndLeavesNoPartialFile()
    {
        // JSON, SARIF and ClaimReview are written on another thread while the HTML renders.
        string[] names = ["r.json", "r.sarif", "r.claimreview.json", "r.html"];
        var paths = names.Select(n => Path.Combine(_dir, n)).ToArray();

        var (code, output, error) = CliRunner.Run(
            "check", Claims, "--json", paths[0], "--sarif", paths[1], "--claimreview", paths[2], "--html", paths[3]);

        var wrote = output.Split('\n').Where(l => l.StartsWith("wrote ", StringComparison.Ordinal)).Select(l => Path.GetFileName(l.Trim()[6..])).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(wrote, Is.EqualTo(names));
            Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EquivalentTo(names));
            Assert.That(File.ReadAllText(paths[3]), Does.StartWith("<!DOCTYPE html>").IgnoreCase);
        });
    }

    [Test]
    public void Subjects_SeedCorpus_ListsCountsAndExitsZero()
    {
        var (code, output, _) = CliRunner.Run("subjects", Claims);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(output, Does.Match(@"smic\.leading-node\s+\d+\s+\d+\s+SMIC"));
        });
    }
}

public class ImportAndSarifCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("claimcheck-import-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Import_TableWithOneBadRow_WritesTheRestAndExitsTwo()
    {
        var table = Path.Combine(_dir, "t.csv");
        File.WriteAllText(table, "source,subject,value\nSilicon Dragon,smic.leading-node,3 nm\nCommute,smic.leading-node,7 nm\n,x.y,1\n");
        var outDir = Path.Combine(_dir, "out");

        var (code, _, error) = CliRunner.Run("import", table, "--out", outDir);
        var (checkCode, output, _) = CliRunner.Run("check", outDir, "--sarif", Path.Combine(_dir, "r.sarif"), "--fail-on", "conflict");

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "r.sarif")));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Match(@"t\.csv\(4,\d+\): error CC06\d\d"));
            Assert.That(Directory.GetFiles(outDir, "*.yaml"), Has.Length.EqualTo(2));
            Assert.That(checkCode, Is.EqualTo(1), output);
            Assert.That(result.GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(result.GetProperty("relatedLocations").GetArrayLength(), Is.EqualTo(1));
        });
    }
}
