using ClaimCheck.Checking;
using ClaimCheck.Core;
using ClaimCheck.Reporting;
using ClaimCheck.Reporting.Html;
using ClaimCheck.Tests.Checking;

namespace ClaimCheck.Tests.Resolution;

/// <summary>Resolved values, trust and dependence as the HTML report shows them.</summary>
[TestFixture]
public class ResolutionReportTests
{
    private static CheckReport Report(string hostile)
    {
        var corpus = Make.Corpus(
            [Make.Source("a"), Make.Source("b"), Make.Source("c")],
            [
                Make.Claim("a", "p", "site.place", value: hostile),
                Make.Claim("b", "p", "site.place", value: hostile),
                Make.Claim("c", "p", "site.place", value: "Wuxi"),
            ]);
        return Engine.Check(corpus);
    }

    [Test]
    public void Render_ResolvedValue_ShownWithConfidenceAndSupport()
    {
        var report = Report("Suzhou");

        var html = HtmlReportWriter.Render(report, JsonReportWriter.ToJson(report)).Html;

        Assert.That(report.ResolvedOf(report.Subjects[0])[0].Value, Is.EqualTo("Suzhou"));
        Assert.That(html, Does.Match("<ul class=\"resolved\"><li>Most likely: <b>Suzhou</b> \\(confidence [01]\\.\\d\\d<a class=\"help\" href=\"#help-confidence\"[^>]*>\\?</a>, supported by 2 claims\\)</li></ul>"), () => System.Text.RegularExpressions.Regex.Match(html!, "<ul class=\"resolved\">.{0,200}").Value);
        Assert.That(html, Does.Contain("<th scope=\"col\">Trust <a class=\"help\" href=\"#help-trust\""));
    }

    [Test]
    public void Render_HostileResolvedValue_Escaped()
    {
        var report = Report("<img src=x onerror=alert(1)>");

        var html = HtmlReportWriter.Render(report, JsonReportWriter.ToJson(report)).Html;

        Assert.That(html, Does.Not.Contain("<b><img"));
        Assert.That(html, Does.Contain("<b>&lt;img src=x onerror=alert(1)&gt;</b>"));
    }
}
