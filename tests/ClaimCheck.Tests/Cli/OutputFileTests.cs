using ClaimCheck.Tests.Robustness;

namespace ClaimCheck.Tests.Cli;

/// <summary>Report files through the real command line: all or nothing, never over an input, never a device.</summary>
[TestFixture]
public class OutputFileTests
{
    private static (Scratch Scratch, string Corpus) Corpus()
    {
        var scratch = new Scratch();
        scratch.Write("corpus/a.yaml", Scratch.ClaimFile("a"));
        scratch.Write("corpus/b.yaml", Scratch.ClaimFile("b", value: "5"));
        return (scratch, Path.Combine(scratch.Path, "corpus"));
    }

    [Test]
    public void Json_OverAnInputFile_IsAUsageErrorAndTheInputIsUnchanged()
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;
        var input = Path.Combine(corpus, "a.yaml");
        var before = File.ReadAllText(input);

        var (exit, _, error) = CliRunner.Run("check", corpus, "--json", input);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("CC0503").And.Contain("input"));
            Assert.That(File.ReadAllText(input), Is.EqualTo(before));
        });
    }

    [Test]
    public void TwoReports_OneFile_IsAUsageErrorAndNothingIsWritten()
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;
        var target = Path.Combine(scratch.Path, "r");

        var (exit, _, error) = CliRunner.Run("check", corpus, "--html", target, "--json", target);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("both the json and the html report"));
            Assert.That(File.Exists(target), Is.False);
        });
    }

    [Test]
    public void Folder_AsReportPath_IsAUsageErrorAndLeavesNoPartialFile()
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;
        var folder = Directory.CreateDirectory(Path.Combine(scratch.Path, "out.html")).FullName;

        var (exit, _, error) = CliRunner.Run("check", corpus, "--html", folder);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("is a folder"));
            Assert.That(Directory.EnumerateFileSystemEntries(scratch.Path), Has.Exactly(2).Items, "only corpus/ and out.html/");
            Assert.That(Directory.EnumerateFileSystemEntries(folder), Is.Empty);
        });
    }

    [Test]
    public void Device_AsReportPath_IsAUsageErrorAndTheDeviceStays()
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;

        var (exit, _, error) = CliRunner.Run("check", corpus, "--html", "/dev/full");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("not a regular file"));
            Assert.That(File.Exists("/dev/full") && new FileInfo("/dev/full").Length == 0, Is.True, "still the device");
        });
    }

    [Test]
    public void SymbolicLink_AsReportPath_WritesItsTargetAndKeepsTheLink()
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;
        var target = scratch.Write("reports/real.json", "old");
        var link = Path.Combine(scratch.Path, "link.json");
        File.CreateSymbolicLink(link, target);

        var (exit, _, _) = CliRunner.Run("check", corpus, "--json", link);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(target), "the link is still a link");
            Assert.That(File.ReadAllText(target), Does.StartWith("{"));
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(target)!), Has.Length.EqualTo(1), "no temporary file left");
        });
    }

    [Test]
    public void FailingTemplate_LeavesEveryEarlierReportAsItWas()
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;
        var json = scratch.Write("r.json", "previous json");
        var html = scratch.Write("r.html", "previous html");
        var template = scratch.Write("t.sbn", "{{ include \"missing\" }}");

        var (exit, _, error) = CliRunner.Run("check", corpus, "--json", json, "--html", html, "--template", template);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("CC0502"));
            Assert.That(File.ReadAllText(json), Is.EqualTo("previous json"));
            Assert.That(File.ReadAllText(html), Is.EqualTo("previous html"));
            Assert.That(Directory.GetFiles(scratch.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "r.json", "r.html", "t.sbn" }));
        });
    }

    [Test]
    public void Dash_WritesTheReportToStandardOutputAndTheSummaryToStandardError()
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;

        var (exit, output, error) = CliRunner.Run("check", corpus, "--json", "-");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output.TrimStart(), Does.StartWith("{"));
            Assert.That(System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("summary").GetProperty("sources").GetInt32(), Is.EqualTo(2));
            Assert.That(error, Does.Contain("2 sources"));
            Assert.That(File.Exists("-"), Is.False);
        });
    }

    [TestCase("Conflict")]
    [TestCase("TENSION")]
    public void FailOn_IsCaseInsensitive(string level)
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;

        var (exit, _, _) = CliRunner.Run("check", corpus, "--json", Path.Combine(scratch.Path, "r.json"), "--fail-on", level);

        Assert.That(exit, Is.EqualTo(1), "3 and 5 conflict, so both levels fail the run");
    }

    [Test]
    public void TemplateTypo_IsAnErrorAtItsLineNotAnEmptyPage()
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;
        var template = scratch.Write("t.sbn", "<h1>ok</h1>\n{{ summary.titel }}");
        var html = Path.Combine(scratch.Path, "r.html");

        var (exit, _, error) = CliRunner.Run("check", corpus, "--html", html, "--template", template);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Match(@"t\.sbn\(2,\d+\): error CC0502: .*no member 'titel'"));
            Assert.That(File.Exists(html), Is.False);
        });
    }
}
