using System.Text.Json;
using ClaimCheck.Core;
using ClaimCheck.Reporting.ClaimReview;
using ClaimCheck.Tests.Reporting.Sarif;
using ClaimCheck.Reporting;
using ClaimCheck.Checking;

namespace ClaimCheck.Tests.Reporting.ClaimReview;

[TestFixture]
public sealed class ClaimReviewWriterTests
{
    private CheckReport report = null!;
    private string jsonLd = null!;
    private List<JsonElement> reviews = null!;

    [OneTimeSetUp]
    public void CheckCorpus()
    {
        report = IntegrationCorpus.Check();
        jsonLd = ClaimReviewWriter.ToJsonLd(report);
        reviews = [.. JsonDocument.Parse(jsonLd).RootElement.EnumerateArray()];
    }

    private JsonElement ReviewOf(string subjectKey) => reviews.Single(r => r.GetProperty("url").GetString() == "#" + subjectKey);

    [Test]
    public void ToJsonLd_Report_OneClaimReviewPerConflictFinding()
    {
        var conflicts = report.Subjects.SelectMany(s => s.Findings).Count(f => f.Kind == FindingKind.Conflict);
        Assert.Multiple(() =>
        {
            Assert.That(conflicts, Is.EqualTo(2), "the corpus has a quantity and a category conflict");
            Assert.That(reviews, Has.Count.EqualTo(conflicts));
            Assert.That(reviews.Select(r => r.GetProperty("url").GetString()), Is.EquivalentTo(new[] { "#smic.leading-node", "#fab.location" }));
        });
    }

    [Test]
    public void ToJsonLd_Conflict_HasTheFieldsOfFactCheckMarkup()
    {
        var review = ReviewOf("smic.leading-node");
        var rating = review.GetProperty("reviewRating");
        var item = review.GetProperty("itemReviewed");
        Assert.Multiple(() =>
        {
            Assert.That(review.GetProperty("@context").GetString(), Is.EqualTo("https://schema.org"));
            Assert.That(review.GetProperty("@type").GetString(), Is.EqualTo("ClaimReview"));
            Assert.That(review.GetProperty("claimReviewed").GetString(), Is.EqualTo("new 3nm plant </script>"));
            Assert.That(review.GetProperty("author").GetProperty("@type").GetString(), Is.EqualTo("Organization"));
            Assert.That(review.GetProperty("author").GetProperty("name").GetString(), Is.EqualTo("ClaimCheck"));
            Assert.That(rating.GetProperty("@type").GetString(), Is.EqualTo("Rating"));
            Assert.That(rating.GetProperty("alternateName").GetString(), Is.EqualTo("Contradicted by other sources"));
            Assert.That(rating.GetProperty("ratingValue").GetInt32(), Is.InRange(rating.GetProperty("worstRating").GetInt32(), rating.GetProperty("bestRating").GetInt32()));
            Assert.That(item.GetProperty("@type").GetString(), Is.EqualTo("Claim"));
            Assert.That(item.GetProperty("author").GetProperty("name").GetString(), Is.EqualTo("Example Weekly"));
            Assert.That(item.GetProperty("appearance").GetProperty("url").GetString(), Is.EqualTo("https://example.org/alpha?x=1&y=2"));
            Assert.That(review.GetProperty("reviewBody").GetString(), Does.Contain("beta/node"));
            Assert.That(review.TryGetProperty("datePublished", out _), Is.False, "no dates: the output must be deterministic");
        });
    }

    [Test]
    public void ToJsonLd_ClaimWithoutQuote_ReviewsSubjectLabelAndValue()
    {
        var review = ReviewOf("fab.location");
        Assert.That(review.GetProperty("claimReviewed").GetString(), Is.EqualTo("fab.location: Wuxi"));
    }

    [Test]
    public void ToJsonLd_HostileText_CannotCloseAScriptElementOrBreakHtml()
    {
        Assert.Multiple(() =>
        {
            Assert.That(jsonLd, Does.Contain("\\u003C/script\\u003E"));
            Assert.That(jsonLd, Does.Not.Contain("<"));
            Assert.That(jsonLd, Does.Not.Contain(">"));
            Assert.That(jsonLd, Does.Not.Contain("&"));
        });
    }

    [Test]
    public void ToJsonLd_ReportUrl_PrefixesEveryAnchor()
    {
        var withUrl = JsonDocument.Parse(ClaimReviewWriter.ToJsonLd(report, "https://example.org/report.html")).RootElement;
        Assert.That(withUrl.EnumerateArray().Select(r => r.GetProperty("url").GetString()),
            Is.All.StartsWith("https://example.org/report.html#"));
    }

    [Test]
    public void ToJsonLd_SameReportTwice_ByteIdentical() =>
        Assert.That(ClaimReviewWriter.ToJsonLd(IntegrationCorpus.Check()), Is.EqualTo(jsonLd));
}
