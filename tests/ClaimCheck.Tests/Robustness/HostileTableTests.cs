using System.Text;
using ClaimCheck.Import;
using ClaimCheck.Tests.Cli;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Tables for <c>claimcheck import</c> and templates for <c>--template</c> that a file system makes odd: devices, pipes,
/// huge and binary files. Before these bounds, <c>import /dev/zero</c> read 8.4 GB and died with a stack trace.
/// </summary>
public class HostileTableTests
{
    private static (int ExitCode, string Output, string Error) RunWithin(TimeSpan limit, params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.That(run.Wait(limit), Is.True, "the command must not block or read without end");
        return run.Result;
    }

    private static void MakeFifo(string path)
    {
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path])) mkfifo.WaitForExit();
        Assert.That(File.Exists(path), Is.True, "mkfifo made the pipe");
    }

    [Test]
    public void Import_EndlessDevice_IsRefusedWithoutReadingIt()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("Linux devices");
        using var scratch = new Scratch();

        var (exit, output, error) = RunWithin(TimeSpan.FromSeconds(60), "import", "/dev/zero", "--out", Path.Combine(scratch.Path, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Match(@"dev/zero\(1,1\): error CC0601: not a regular file \(a device, a pipe or a socket\); it is not opened"));
            Assert.That(Directory.Exists(Path.Combine(scratch.Path, "out")), Is.False, "nothing written");
            Expect.NoStackTrace(output, error);
        });
    }

    [Test]
    public void Import_Fifo_IsRefusedWithoutOpeningIt()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("Linux FIFOs");
        using var scratch = new Scratch();
        var fifo = Path.Combine(scratch.Path, "table.csv");
        MakeFifo(fifo);

        var (exit, output, error) = RunWithin(TimeSpan.FromSeconds(60), "import", fifo, "--out", Path.Combine(scratch.Path, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("table.csv(1,1): error CC0601: not a regular file"));
            Expect.NoStackTrace(output, error);
        });
    }

    [Test]
    public void Import_TableOverTheSizeLimit_IsCC0612WhereTheLimitWasCrossed()
    {
        using var scratch = new Scratch();
        var table = Path.Combine(scratch.Path, "huge.csv");
        using (var stream = File.Create(table))
        {
            stream.Write("source,subject,value\n"u8);
            stream.SetLength(65L * 1024 * 1024); // sparse: over the 64 MiB limit without writing it
        }

        var (exit, output, error) = RunWithin(TimeSpan.FromSeconds(60), "import", table, "--out", Path.Combine(scratch.Path, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            // Line 2 holds the NUL bytes after the header; the 67,108,865th byte is where the limit is crossed.
            Assert.That(error, Does.Contain("huge.csv(2,67108844): error CC0612: the table is larger than the limit of 67108864 bytes (64 MiB, ImportOptions.MaxTableBytes)"));
            Expect.NoStackTrace(output, error);
        });
    }

    [Test]
    public void Import_RowsOverMaxRows_IsCC0612AtTheFirstRowOver()
    {
        using var scratch = new Scratch();
        var table = scratch.Write("t.csv", "source,subject,value\na,x.y,1\nb,x.y,2\nc,x.y,3\n");

        var result = ClaimTableImporter.Import(table, "out", new ImportOptions(BaseDirectory: scratch.Path, MaxRows: 2));

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
            {
                "t.csv(4,1): error CC0612: the table has more than 2 rows (ImportOptions.MaxRows); the first over the limit is here; nothing is imported: split the table",
            }));
            Assert.That(result.FilesWritten, Is.Empty);
        });
    }

    [Test]
    public void Import_BinaryOrNotUtf8Table_IsCC0601AtTheBadByte()
    {
        using var scratch = new Scratch();
        File.WriteAllBytes(Path.Combine(scratch.Path, "nul.csv"), [.. "source,subject,value\na,x.y,1"u8, 0, .. "\n"u8]);
        File.WriteAllBytes(Path.Combine(scratch.Path, "latin1.csv"), [.. "source,subject,value\na,x.y,caf"u8, 0xE9, .. "\n"u8]);

        var nul = ClaimTableImporter.Import("nul.csv", "out", new ImportOptions(BaseDirectory: scratch.Path));
        var latin1 = ClaimTableImporter.Import("latin1.csv", "out", new ImportOptions(BaseDirectory: scratch.Path));

        Assert.Multiple(() =>
        {
            Assert.That(nul.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[] { "nul.csv(2,8): error CC0601: the table holds a NUL byte: it is a binary file, not a CSV or TSV table" }));
            Assert.That(latin1.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[] { "latin1.csv(2,10): error CC0601: byte 0xE9 is not UTF-8; save the table as UTF-8 (CSV UTF-8 in a spreadsheet)" }));
        });
    }

    [Test]
    public void Import_HugeCells_AreQuotedShortInMessages()
    {
        using var scratch = new Scratch();
        var huge = new string('x', 1_000_000);
        var table = scratch.Write("t.csv", $"source,subject,value,{huge}\n{huge},x.y,1,\na,x.y,1,\n");

        var result = ClaimTableImporter.Import(table, "out", new ImportOptions(BaseDirectory: scratch.Path));

        Assert.Multiple(() =>
        {
            // The huge source name makes an id too long for a file name: CC0611, quoted short too.
            Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CC0603", "CC0611" }));
            Assert.That(result.Diagnostics.Select(d => d.Message.Length), Has.All.LessThan(400));
            // The fuzzer's find: the row whose file could not be written was counted as imported.
            Assert.That((result.RowsImported, result.RowsSkipped), Is.EqualTo((1, 1)));
        });
    }

    [Test]
    public void Import_ManyRowsOfOneSubject_NumbersTheirIdsInLinearTime()
    {
        using var scratch = new Scratch();
        var text = new StringBuilder("source,subject,value\n");
        for (var i = 0; i < 30_000; i++) text.Append("a,x.count,").Append(i).Append('\n');
        var table = scratch.Write("t.csv", text.ToString());
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = ClaimTableImporter.Import(table, "out", new ImportOptions(BaseDirectory: scratch.Path));

        Assert.Multiple(() =>
        {
            Assert.That(result.RowsImported, Is.EqualTo(30_000));
            // Before, each row tried every suffix taken so far: 450 million tries for these rows.
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
            var written = File.ReadAllText(Path.Combine(scratch.Path, "out", "a.yaml"));
            Assert.That(written, Does.Contain("- id: count\n").And.Contain("- id: count-2\n").And.Contain("- id: count-30000\n"));
        });
    }

    [Test]
    public void Check_TemplateOverFourMebibytes_IsCC0501()
    {
        using var scratch = new Scratch();
        scratch.Write("corpus/a.yaml", Scratch.ClaimFile("a"));
        var template = Path.Combine(scratch.Path, "t.sbn");
        using (var stream = File.Create(template)) stream.SetLength(5L * 1024 * 1024);

        var (exit, output, error) = RunWithin(TimeSpan.FromSeconds(60), "check", Path.Combine(scratch.Path, "corpus"), "--html", Path.Combine(scratch.Path, "r.html"), "--template", template);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("t.sbn(1,1): error CC0501: cannot read the template: it is larger than 4 MiB"));
            Expect.NoStackTrace(output, error);
        });
    }

    [TestCase("{{ 1E3333333 }}", 4)]
    [TestCase("{{ x.3E33333333 }}", 6)]
    [TestCase("<p>1E3333333 is text</p>\n{{ x = 333333333E33333333 }}", 8)]
    [TestCase("{{ 9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999 }}", 4)]
    public void Check_TemplateWithAHugeNumber_IsCC0501AtTheNumberAtOnce(string template, int column)
    {
        // Found by fuzzing: Scriban reads such a number as a BigInteger while parsing, before any time limit (37 s for the
        // fuzzer's input, over a minute for 1E3333333, two for a 3-million-digit number).
        using var scratch = new Scratch();
        scratch.Write("corpus/a.yaml", Scratch.ClaimFile("a"));
        var file = scratch.Write("t.sbn", template);
        var line = template.Count(c => c == '\n') + 1;

        var (exit, output, error) = RunWithin(TimeSpan.FromSeconds(30), "check", Path.Combine(scratch.Path, "corpus"), "--html", Path.Combine(scratch.Path, "r.html"), "--template", file);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain($"t.sbn({line},{column}): error CC0501: a number of over 100 digits, or with an exponent of four digits or more"));
            Expect.NoStackTrace(output, error);
        });
    }

    [Test]
    public void Check_TemplateThatScribansParserThrowsOn_IsCC0501()
    {
        // Found by fuzzing: a malformed `for` makes Scriban's parser throw NotSupportedException while it prints the
        // expression for its own error message. Through the public API (ReportTemplate.Parse) it reached the caller.
        const string template = "{{ for ^x(y)=1 }}";
        using var scratch = new Scratch();
        scratch.Write("corpus/a.yaml", Scratch.ClaimFile("a"));
        var file = scratch.Write("t.sbn", template);

        var (exit, output, error) = RunWithin(TimeSpan.FromSeconds(30), "check", Path.Combine(scratch.Path, "corpus"), "--html", Path.Combine(scratch.Path, "r.html"), "--template", file);
        var parsed = ReportTemplate.Parse(template);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("t.sbn(1,1): error CC0501: the template does not parse: Scriban stopped with"));
            Expect.NoStackTrace(output, error);
            Assert.That(parsed.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CC0501" }));
        });
    }

    [TestCase("/dev/zero")]
    [TestCase("fifo")]
    public void Check_TemplateThatIsADeviceOrAPipe_IsCC0501WithoutOpeningIt(string kind)
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("Linux devices and FIFOs");
        using var scratch = new Scratch();
        scratch.Write("corpus/a.yaml", Scratch.ClaimFile("a"));
        var template = kind;
        if (kind == "fifo")
        {
            template = Path.Combine(scratch.Path, "t.sbn");
            MakeFifo(template);
        }

        var html = Path.Combine(scratch.Path, "r.html");
        var (exit, output, error) = RunWithin(TimeSpan.FromSeconds(60), "check", Path.Combine(scratch.Path, "corpus"), "--html", html, "--template", template);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("(1,1): error CC0501: cannot read the template: not a regular file (a device, a pipe or a socket); it is not opened"));
            Assert.That(File.Exists(html), Is.False);
            Expect.NoStackTrace(output, error);
        });
    }
}
