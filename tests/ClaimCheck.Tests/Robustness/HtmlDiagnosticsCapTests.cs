using System.Text;
using System.Text.Json;
using ClaimCheck.Tests.Cli;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// The HTML lists the first 100 diagnostics of each code and counts the rest; the JSON keeps them all. Before, 60,000
/// diagnostics from a 4.5 MB input made an 11 MB page (and the issue's input a 327 MB one).
/// </summary>
public class HtmlDiagnosticsCapTests
{
    [Test]
    public void Check_ManyDiagnosticsOfOneCode_PageListsAHundredAndCountsTheRest()
    {
        using var scratch = new Scratch();
        var text = new StringBuilder("source: {id: many, title: Many}\nclaims:\n");
        for (var i = 0; i < 250; i++) text.Append("- {id: c").Append(i).Append(", subject: a.b").Append(i).Append(", value: '3', valeu: '3'}\n");
        text.Append("- {id: both, subject: a.c, value: '3', compare: more-than a.b1}\n");
        scratch.Write("corpus/many.yaml", text.ToString());
        var html = Path.Combine(scratch.Path, "r.html");
        var json = Path.Combine(scratch.Path, "r.json");

        var (exit, output, error) = CliRunner.Run("check", Path.Combine(scratch.Path, "corpus"), "--html", html, "--json", json);

        var page = File.ReadAllText(html);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var codes = report.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(codes.Count(c => c == "CC0102"), Is.EqualTo(250), "the JSON keeps every diagnostic");
            Assert.That(page, Does.Contain("Diagnostics (251)"));
            Assert.That(CountOf(page, "<td>CC0102</td>"), Is.EqualTo(100));
            Assert.That(CountOf(page, "<td>CC0106</td>"), Is.EqualTo(1));
            Assert.That(page, Does.Contain("and 150 more CC0102 — see the JSON report"));
            Assert.That(page, Does.Not.Contain("more CC0106"));
            // The first hundred in report order: c0 .. c99 (lines 3 to 102).
            Assert.That(page, Does.Contain("many.yaml(102,").And.Not.Contain("many.yaml(103,"));
            Expect.NoStackTrace(output, error);
        });
    }

    [Test]
    public void Check_LongDiagnosticMessage_PageShowsItsStartAndSaysTheRestIsInTheJson()
    {
        using var scratch = new Scratch();
        scratch.Write("corpus/r.yaml", "subjects:\n  a.q:\n    kind: quantity\n");
        scratch.Write("corpus/a.yaml", "source: {id: a, title: A}\nclaims:\n- {id: c1, subject: a.q, value: '" + new string('x', 5000) + "'}\n");
        var html = Path.Combine(scratch.Path, "r.html");
        var json = Path.Combine(scratch.Path, "r.json");

        CliRunner.Run("check", Path.Combine(scratch.Path, "corpus"), "--html", html, "--json", json);

        // The diagnostics section (the page also embeds the JSON report, and shows the value in its claim card).
        var page = File.ReadAllText(html);
        page = page[page.IndexOf("id=\"h-diagnostics\"", StringComparison.Ordinal)..];
        page = page[..page.IndexOf("</section>", StringComparison.Ordinal)];
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var message = report.RootElement.GetProperty("diagnostics")[0].GetProperty("message").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain(new string('x', 5000)), "the JSON keeps the whole message");
            Assert.That(page, Does.Not.Contain(new string('x', 1001)));
            Assert.That(page, Does.Match(@"x … \([\d,]+ more characters in the JSON report\)"));
        });
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
