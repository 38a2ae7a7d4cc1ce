using ClaimCheck.Tests.Robustness;

namespace ClaimCheck.Tests.Cli;

/// <summary><c>--verbosity quiet|normal|detailed</c> and <c>-q</c>: quiet prints errors only, and still does the work.</summary>
[TestFixture]
public class VerbosityTests
{
    private Scratch scratch = null!;

    [SetUp]
    public void WriteCorpus()
    {
        scratch = new Scratch();
        // A conflict, an error (a status that is not one) and a warning (a comparison with a mistyped subject).
        scratch.Write("corpus/a.yaml", "source: { id: a, title: A }\nclaims:\n  - { id: c, subject: x.y, value: 3 nm }\n  - { id: d, subject: x.q, compare: more-than x.yy }\n");
        scratch.Write("corpus/b.yaml", "source: { id: b, title: B }\nclaims:\n  - { id: c, subject: x.y, value: 7 nm }\n  - { id: d, subject: x.z, value: 1, status: rumour }\n");
    }

    [TearDown]
    public void Delete() => scratch.Dispose();

    private string Corpus => Path.Combine(scratch.Path, "corpus");

    [TestCase("-q")]
    [TestCase("--quiet")]
    [TestCase("--verbosity", "quiet")]
    [TestCase("--verbosity", "QUIET")]
    public void Quiet_PrintsTheErrorsOnlyAndStillWritesTheReport(params string[] quiet)
    {
        var json = Path.Combine(scratch.Path, "r.json");

        var (code, output, error) = CliRunner.Run(["check", Corpus, "--json", json, .. quiet]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), "the error decides the exit code as ever");
            Assert.That(output, Is.Empty, "no summary, no wrote line");
            Assert.That(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1).And.All.Contains("b.yaml(4,46): error CC0107: "), "the error, not the warning");
            Assert.That(File.Exists(json), Is.True);
        });
    }

    [Test]
    public void Normal_PrintsWarningsSummaryAndWroteLines()
    {
        var json = Path.Combine(scratch.Path, "r.json");

        var (_, output, error) = CliRunner.Run("check", Corpus, "--json", json);

        Assert.Multiple(() =>
        {
            Assert.That(error, Does.Contain(": warning CC"));
            Assert.That(error, Does.Contain(": error CC0107: "));
            Assert.That(output, Does.Contain("1 conflict,"));
            Assert.That(output, Does.Contain("\nwrote "));
        });
    }

    [Test]
    public void Quiet_WritesAReportOnStandardOutputAsEver()
    {
        var (_, output, error) = CliRunner.Run("check", Corpus, "--json", "-", "-q");

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.StartWith("{"));
            Assert.That(error, Does.Not.Contain("1 conflict"), "no summary on standard error either");
        });
    }

    [Test]
    public void ValidateQuiet_PrintsNoSummary()
    {
        var (code, output, error) = CliRunner.Run("validate", Corpus, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Not.Contain("warning"));
            Assert.That(error, Does.Contain("error CC0107"));
        });
    }

    [Test]
    public void ImportQuiet_PrintsNoWroteLinesOrCounts()
    {
        var table = scratch.Write("t.csv", "source,subject,value\nSilicon Dragon,smic.leading-node,3 nm\n");

        var (code, output, _) = CliRunner.Run("import", table, "--out", Path.Combine(scratch.Path, "out"), "-q");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(output, Is.Empty);
            Assert.That(Directory.GetFiles(Path.Combine(scratch.Path, "out")), Is.Not.Empty);
        });
    }
}
