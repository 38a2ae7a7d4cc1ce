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

    [TestCase("out", true, "is a folder; give a file name")]
    [TestCase("out/", true, "is a folder; give a file name")]
    [TestCase("new/", false, "ends with a '/', so it names a folder; give a file name")]
    public void Folder_AsJsonPath_SaysItIsAFolderAndMakesNothing(string given, bool exists, string message)
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;
        if (exists) Directory.CreateDirectory(Path.Combine(scratch.Path, "out"));
        var path = Path.Combine(scratch.Path, given);

        var (exit, _, error) = CliRunner.Run("check", corpus, "--json", path);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("error CC0503: the report path " + message));
            Assert.That(error, Does.Not.Contain("denied").And.Not.Contain("Could not find"));
            // Before, 'new/' made the folder new/ and then failed with "Could not find a part of the path".
            Assert.That(Directory.Exists(Path.Combine(scratch.Path, "new")), Is.False, "no folder made");
            if (exists) Assert.That(Directory.EnumerateFileSystemEntries(Path.Combine(scratch.Path, "out")), Is.Empty);
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

    [TestCase("{{ while true }}x{{ end }}")]
    [TestCase("{{ func f; f; end; f }}")]
    public void RunawayTemplate_EndsAsAnErrorAndWritesNothing(string text)
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;
        var template = scratch.Write("t.sbn", text);
        var html = Path.Combine(scratch.Path, "r.html");

        var (exit, _, error) = CliRunner.Run("check", corpus, "--html", html, "--template", template);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("error CC0502"));
            Assert.That(File.Exists(html), Is.False);
        });
    }

    [Test]
    public void FifoNamedYaml_InACorpusFolder_IsSkippedWithAWarningAndDoesNotBlock()
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;
        var fifo = Path.Combine(corpus, "pipe.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        Assert.That(File.Exists(fifo), Is.True, "mkfifo made the pipe");

        var run = Task.Run(() => CliRunner.Run("validate", corpus));
        var finished = run.Wait(TimeSpan.FromSeconds(60));

        Assert.Multiple(() =>
        {
            Assert.That(finished, Is.True, "a FIFO must never be opened");
            Assert.That(run.Result.ExitCode, Is.Zero);
            Assert.That(run.Result.Error, Does.Contain("pipe.yaml(1,1): warning CC0001: not a regular file"));
        });
    }

    [Test]
    public void TwoConcurrentRuns_WritingTheSameReports_EachLeaveOneRunsCompleteFiles()
    {
        // Two processes (the real tool, not in-process) write the same --json and --html at once, five times. Reports are
        // written beside their targets and renamed into place, so each file is always one run's complete output.
        using var scratch = new Scratch();
        for (var corpus = 0; corpus < 2; corpus++)
        {
            var text = new System.Text.StringBuilder($"source: {{id: s{corpus}, title: Source {corpus}}}\nclaims:\n");
            for (var i = 0; i < 3000; i++) text.Append("- {id: c").Append(i).Append(", subject: x.s").Append(i).Append(", value: '").Append(i + corpus).Append(" km'}\n");
            scratch.Write($"c{corpus}/a.yaml", text.ToString());
        }

        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "ClaimCheck.Cli.dll");
        System.Diagnostics.Process Start(int corpus, string json, string html)
        {
            var info = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = scratch.Path, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { cli, "check", $"c{corpus}", "--json", json, "--html", html }) info.ArgumentList.Add(arg);
            return System.Diagnostics.Process.Start(info)!;
        }

        void Finish(System.Diagnostics.Process process)
        {
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "the run ended");
            Assert.That(process.ExitCode, Is.Zero, error.Result);
            process.Dispose();
        }

        // Each corpus alone first: the complete outputs a shared file may hold.
        var expected = new (string Json, string Html)[2];
        for (var corpus = 0; corpus < 2; corpus++)
        {
            Finish(Start(corpus, $"alone{corpus}.json", $"alone{corpus}.html"));
            expected[corpus] = (File.ReadAllText(Path.Combine(scratch.Path, $"alone{corpus}.json")), File.ReadAllText(Path.Combine(scratch.Path, $"alone{corpus}.html")));
        }

        Assert.That(expected[0].Json, Is.Not.EqualTo(expected[1].Json), "the two runs write different reports");
        for (var round = 0; round < 5; round++)
        {
            var first = Start(0, "shared.json", "shared.html");
            var second = Start(1, "shared.json", "shared.html");
            Finish(first);
            Finish(second);

            var json = File.ReadAllText(Path.Combine(scratch.Path, "shared.json"));
            var html = File.ReadAllText(Path.Combine(scratch.Path, "shared.html"));
            Assert.Multiple(() =>
            {
                Assert.That(json, Is.EqualTo(expected[0].Json).Or.EqualTo(expected[1].Json), $"round {round}: the JSON is one run's complete report");
                Assert.That(html, Is.EqualTo(expected[0].Html).Or.EqualTo(expected[1].Html), $"round {round}: the HTML is one run's complete report");
                using var parsed = System.Text.Json.JsonDocument.Parse(json);
                Assert.That(Directory.GetFiles(scratch.Path, "*.tmp"), Is.Empty, "no temporary file left");
            });
        }
    }

    private sealed class ThrowingWriter : IReportWriter
    {
        public string Format => "broken";

        public System.Collections.Immutable.ImmutableArray<ClaimCheck.Core.Diagnostic> Write(Report report, Stream stream, ReportWriteOptions? options = null)
        {
            stream.Write("partial"u8);
            throw new InvalidOperationException("a defect");
        }
    }

    [Test]
    public void WriteFiles_WriterThatThrows_IsCC0503AndEveryEarlierReportStays()
    {
        var (scratch, corpus) = Corpus();
        using var _ = scratch;
        var json = scratch.Write("r.json", "previous json");
        var broken = Path.Combine(scratch.Path, "r.broken");
        var report = ClaimChecker.Run([corpus]);

        var diagnostics = ClaimChecker.WriteFiles(report, [new ReportOutput(ReportWriters.Json, json), new ReportOutput(new ThrowingWriter(), broken)]);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => d.ToString()), Has.Some.Contains("error CC0503: the report path cannot be written: the broken writer failed (InvalidOperationException: a defect); nothing is written"));
            Assert.That(File.ReadAllText(json), Is.EqualTo("previous json"));
            Assert.That(File.Exists(broken), Is.False);
            Assert.That(Directory.GetFiles(scratch.Path, "*.tmp"), Is.Empty, "no temporary file left");
        });
    }
}
