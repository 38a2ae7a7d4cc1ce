using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Tests.Cli;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// A finding line names the first 10 articles of each value and the first 10 values, and counts the rest; the JSON keeps
/// every claim.
/// </summary>
public class HtmlFindingCapTests
{
    [Test]
    public void Check_ManyArticlesOnTwoValues_LineNamesTenOfEachAndCountsTheRest()
    {
        using var scratch = new Scratch();
        for (var i = 0; i < 60; i++)
            scratch.Write($"corpus/s{i:00}.yaml", $"source: {{id: s{i:00}, title: Source {i:00}}}\nclaims:\n- {{id: len, subject: bridge.length, value: '{(i % 2 == 0 ? "55 km" : "30 km")}'}}\n");
        var html = Path.Combine(scratch.Path, "r.html");
        var json = Path.Combine(scratch.Path, "r.json");

        var (exit, output, error) = CliRunner.Run("check", Path.Combine(scratch.Path, "corpus"), "--html", html, "--json", json);

        var page = File.ReadAllText(html);
        var line = Regex.Match(page, "<p class=\"sides\">(.*?)</p>").Groups[1].Value;
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var subject = report.RootElement.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "bridge.length");
        var claimsInFindings = subject.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("claims").EnumerateArray()).Select(c => c.GetString()).Distinct().Count();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            // The rule lists its 20 pairs (s00 against each 30 km article): the 30 km side names ten and counts ten.
            Assert.That(page, Does.Contain("<b>conflict</b>: 55 km: 1 article vs 30 km: 20 articles"));
            Assert.That(Regex.Matches(line, "<a href=").Count, Is.EqualTo(11), "one article for 55 km, ten for 30 km");
            Assert.That(Regex.Matches(line, " and 10 more").Count, Is.EqualTo(1));
            Assert.That(claimsInFindings, Is.EqualTo(21), "the JSON keeps every claim of the findings");
            Expect.NoStackTrace(output, error);
        });
    }

    [Test]
    public void Check_AgreementOfManyValues_LineNamesTenAndCountsTheRest()
    {
        using var scratch = new Scratch();
        for (var i = 0; i < 25; i++)
            scratch.Write($"corpus/s{i:00}.yaml", $"source: {{id: s{i:00}, title: Source {i:00}}}\nclaims:\n- {{id: len, subject: bridge.length, value: 'about {100 + i} km'}}\n");
        var html = Path.Combine(scratch.Path, "r.html");

        CliRunner.Run("check", Path.Combine(scratch.Path, "corpus"), "--html", html);

        var headline = Regex.Match(File.ReadAllText(html), "<b>agreement</b>: (.*?)</button>").Groups[1].Value;
        Assert.Multiple(() =>
        {
            Assert.That(Regex.Matches(headline, @"Source \d\d \(about \d+ km\)").Count, Is.EqualTo(10), headline);
            Assert.That(headline, Does.Match(@" and \d+ more values$"));
        });
    }
}
