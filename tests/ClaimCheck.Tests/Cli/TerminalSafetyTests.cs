using ClaimCheck.Tests.Robustness;

namespace ClaimCheck.Tests.Cli;

/// <summary>No input text reaches the terminal raw: escapes, CR/LF and bidi overrides are shown escaped.</summary>
[TestFixture]
public class TerminalSafetyTests
{
    [Test]
    public void HostileTitleValueAndFileName_AreEscapedAndForgeNoLine()
    {
        using var scratch = new Scratch();
        // A value that does not read, so it is quoted in a diagnostic; a file name with a newline and a fake diagnostic.
        scratch.Write("corpus/x\nFAKE(1,1): error CC9999: forged.yaml",
            "source:\n  id: evil\n  title: \"\\e]8;;http://x\\e\\\\click\\e]8;;\\e\\\\ \\u202etxt.exe\"\nclaims:\n  - id: c1\n    subject: a.b\n    value: \"3\"\n    period: \"\\e[31mred\\r\\nFAKE(2,2): error CC9999: x\"\n");
        scratch.Write("corpus/b.yaml", Scratch.ClaimFile("b", value: "9").Replace("good.count", "a.b", StringComparison.Ordinal));

        var (_, output, error) = CliRunner.Run("check", Path.Combine(scratch.Path, "corpus"), "--json", Path.Combine(scratch.Path, "r.json"));
        var all = output + error;

        Assert.Multiple(() =>
        {
            // char overloads: ordinal (a culture-aware search ignores control characters and finds them everywhere)
            Assert.That(all.Contains('\u001b', StringComparison.Ordinal), Is.False, "no raw ESC");
            Assert.That(all.Contains('\u202e', StringComparison.Ordinal), Is.False, "no raw bidi override");
            Assert.That(all.Contains('\r', StringComparison.Ordinal), Is.False, "no raw CR");
            Assert.That(all.Split('\n').Where(l => l.StartsWith("FAKE", StringComparison.Ordinal)), Is.Empty, "no forged line");
            Assert.That(all, Does.Contain("\\x1b").Or.Contain("\\u202e"), "shown escaped");
        });
    }

    [TestCase("a\u001b[2Jb", "a\\x1b[2Jb")]
    [TestCase("x\r\ny", "x\\x0d\\x0ay")]
    [TestCase("abc\u202edef", "abc\\u202edef")]
    [TestCase("tab\tstays", "tab\tstays")]
    public void Escaped_ShowsControlCharacters(string text, string shown) =>
        Assert.That(ClaimCheck.Cli.TerminalSafeWriter.Escaped(text), Is.EqualTo(shown));
}
