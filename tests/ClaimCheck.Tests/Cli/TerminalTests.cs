using System.Text.RegularExpressions;
using ClaimCheck.Tests.Robustness;

namespace ClaimCheck.Tests.Cli;

/// <summary>
/// The tool in a real terminal (a pseudo-terminal): colour and progress there, and only there; with NO_COLOR or
/// <c>--no-color</c> no colour; redirected, the same plain bytes as ever; a report on standard output never mixed
/// with either.
/// </summary>
[TestFixture]
[NonParallelizable] // the big corpus takes seconds of both cores; two at once would only slow each other
public partial class TerminalTests
{
    private static readonly string Seed = Path.Combine(TestPaths.RepoRoot, "claims");
    private Scratch scratch = null!;
    private string big = null!;

    // Select Graphic Rendition: the codes that colour text. The .NET runtime's own keypad-mode codes at start are not colour.
    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Colour();

    // A stage of the progress display with its count, e.g. "checking subjects 1,234 of 5,000".
    [GeneratedRegex(@"(reading claim files|reading values|checking subjects|writing reports) [\d,]+ of [\d,]+")]
    private static partial Regex Progress();

    [OneTimeSetUp]
    public void WriteCorpora()
    {
        scratch = new Scratch();
        big = Path.Combine(scratch.Path, "big");
        GeneratedCorpus.Big(big);
    }

    [OneTimeTearDown]
    public void Delete() => scratch.Dispose();

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(scratch.Path, name)).FullName;

    [Test]
    public void OnATerminal_VerdictsAndSeveritiesAreColoured()
    {
        var folder = Folder("colour");

        var (code, screen) = BuiltCli.OnTerminal(folder, ["check", Seed, "/no/such/folder", "--json", "r.json"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), screen);
            Assert.That(screen, Does.Match(@"\x1b\[[0-9;]*mconflict\x1b\[0m  "), "the verdict word in colour");
            Assert.That(screen, Does.Match(@"\): \x1b\[[0-9;]*merror\x1b\[0m CC0001: "), "the severity word in colour");
        });
    }

    [TestCase("NO_COLOR")]
    [TestCase("--no-color")]
    public void OnATerminal_NoColorMeansNoColour(string how)
    {
        var folder = Folder("no-colour-" + how.TrimStart('-'));
        string[] args = how == "NO_COLOR" ? ["check", Seed, "--json", "r.json"] : ["check", Seed, "--json", "r.json", "--no-color"];

        var (_, screen) = BuiltCli.OnTerminal(folder, args, environment: how == "NO_COLOR" ? new Dictionary<string, string?> { ["NO_COLOR"] = "1" } : null);

        Assert.Multiple(() =>
        {
            Assert.That(screen, Does.Contain("  conflict  smic.leading-node: "), "the summary is there");
            Assert.That(Colour().IsMatch(screen), Is.False, "and has no colour");
        });
    }

    [Test]
    public void Redirected_NoColourNoProgressAndTheSameBytesAsEver()
    {
        var folder = Folder("redirected");

        var (code, output, error) = BuiltCli.Redirected(folder, ["check", big, "--json", "r.json"]);
        var (_, again, _) = BuiltCli.Redirected(folder, ["check", big, "--json", "r.json"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            // Ordinal: a culture-aware search ignores control characters and finds them everywhere.
            Assert.That((output + error).Contains('\u001b', StringComparison.Ordinal), Is.False, "no escape code at all");
            Assert.That(error, Is.Empty, "no progress on redirected standard error");
            Assert.That(output, Does.StartWith("400 sources, 40,000 claims, 5,000 subjects: 5,000 conflicts,"));
            Assert.That(again, Is.EqualTo(output), "deterministic");
        });
    }

    [Test]
    public void OnATerminal_ALongRunShowsItsProgressThenClearsIt()
    {
        var folder = Folder("progress");

        var (code, screen) = BuiltCli.OnTerminal(folder, ["check", big, "--json", "r.json"]);

        var summary = screen.IndexOf("400 sources, 40,000 claims", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, screen);
            Assert.That(Progress().IsMatch(screen), Is.True, "a stage and its count: " + screen[..Math.Min(screen.Length, 2000)]);
            Assert.That(summary, Is.GreaterThan(Progress().Matches(screen).Last().Index), "the display ends before the summary");
            Assert.That(screen.Contains("\u001b[?25h", StringComparison.Ordinal), Is.True, "the cursor is given back");
        });
    }

    [Test]
    public void OnATerminal_ARunOfUnderASecondShowsNoProgress()
    {
        // In-process, on streams the tool takes for terminals: a fresh process spends most of a second starting up
        // (JIT) on a busy machine, which would make a real terminal's short run long; warmed up, this run takes milliseconds.
        var folder = Folder("short");
        GeneratedCorpus.Conflicts(Path.Combine(folder, "corpus"), conflicts: 3);
        var terminal = new ClaimCheck.Cli.Terminal(OutputIsTerminal: true, ErrorIsTerminal: true, ColourAllowed: true, CursorAllowed: true);
        string[] args = ["check", Path.Combine(folder, "corpus"), "--json", Path.Combine(folder, "r.json")];
        ClaimCheck.Cli.CommandLine.Run(args, TextWriter.Null, TextWriter.Null, terminal);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = ClaimCheck.Cli.CommandLine.Run(args, output, error, terminal);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error.ToString());
            Assert.That(Colour().IsMatch(output.ToString()), Is.True, "a terminal, as the colour shows");
            Assert.That(error.ToString(), Is.Empty, "and no progress display on its standard error");
        });
    }

    [Test]
    public void OnATerminal_QuietShowsNothing()
    {
        var (code, screen) = BuiltCli.OnTerminal(Folder("quiet"), ["check", big, "--json", "r.json", "-q"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(Regex.Replace(screen, @"\x1b\[\?1[hl]\x1b[=>]", "").Trim(), Is.Empty, "no progress, no summary");
        });
    }

    [Test]
    public void ReportOnStandardOutput_HasNoProgressOrColourWhileStandardErrorShowsBoth()
    {
        var folder = Folder("stdout");
        // Standard output to a file, standard error left on the terminal: progress and the summary go there.
        var (code, screen) = BuiltCli.OnTerminal(folder, ["check", big, "--json", "-"], redirect: ">report.json");
        BuiltCli.Redirected(folder, ["check", big, "--json", "expected.json"]);

        var report = File.ReadAllBytes(Path.Combine(folder, "report.json"));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, screen);
            Assert.That(report, Is.EqualTo(File.ReadAllBytes(Path.Combine(folder, "expected.json"))), "the report's bytes, nothing else");
            Assert.That(Progress().IsMatch(screen), Is.True, "progress on the terminal");
            Assert.That(screen, Does.Match(@"\x1b\[[0-9;]*mconflict\x1b\[0m"), "the summary, in colour, on the terminal");
        });
    }
}
