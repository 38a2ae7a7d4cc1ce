using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Checking;
using ClaimCheck.Loading;
using ClaimCheck.Reporting.Html;

namespace ClaimCheck.Tests.Reporting.Html;

public partial class ClaimReviewEmbeddingTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("claimcheck-claimreview-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Render_ConflictWithHostileQuote_EmbedsParseableClaimReviewThatCannotEndItsScript()
    {
        File.WriteAllText(Path.Combine(_dir, "a.yaml"), """
            source: { id: a, title: "A </script><script>window.__pwned=1</script>" }
            claims:
              - { id: c, subject: x.node, value: 3 nm, quote: "</script><!-- {{ 1+1 }}" }
            """);
        File.WriteAllText(Path.Combine(_dir, "b.yaml"), "source: { id: b, title: B }\nclaims:\n  - { id: c, subject: x.node, value: 7 nm }\n");
        var report = Engine.Check(ClaimCorpus.Load([_dir]));

        var html = HtmlReportWriter.Render(report, null).Html!;

        var block = LdJson().Match(html);
        Assert.That(block.Success, Is.True, "a ClaimReview block in the head");
        using var doc = JsonDocument.Parse(block.Groups[1].Value);
        Assert.Multiple(() =>
        {
            Assert.That(block.Groups[1].Value, Does.Not.Contain("</").And.Not.Contain("<!--"));
            Assert.That(doc.RootElement[0].GetProperty("@type").GetString(), Is.EqualTo("ClaimReview"));
            Assert.That(doc.RootElement[0].GetProperty("claimReviewed").GetString(), Does.Contain("</script>"));
        });
    }

    [Test]
    public void Render_NoConflict_NoClaimReviewBlock()
    {
        File.WriteAllText(Path.Combine(_dir, "a.yaml"), "source: { id: a, title: A }\nclaims:\n  - { id: c, subject: x.node, value: 3 nm }\n");
        var report = Engine.Check(ClaimCorpus.Load([_dir]));

        Assert.That(HtmlReportWriter.Render(report, null).Html, Does.Not.Contain("application/ld+json"));
    }

    [GeneratedRegex(@"<script type=""application/ld\+json"">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex LdJson();
}
