using System.Text.Json;
using ClaimCheck.Checking;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Reporting;
using ClaimCheck.Reporting.Html;
using ClaimCheck.Reporting.Sarif;

namespace ClaimCheck.Tests.Checking;

/// <summary>
/// The verdict words <c>consistent</c> and <c>unchecked</c>, and comparisons checked without figures. Wording from
/// Global Times (http://www.globaltimes.cn/content/1098569.shtml): "The bridge will slash the travel time between Hong
/// Kong and Zhuhai from three hours to just 30 minutes", and News18, 23 Oct 2018
/// (https://www.news18.com/news/ivideos/worlds-longest-sea-crossing-bridge-linking-hong-kong-china-finally-opens-1917489.html):
/// "lessening the travel time between Hong Kong and Zhuhai from 4 hours to 45 minutes".
/// </summary>
public class VerdictWordsTests
{
    private const string GlobalTimes = """
        source:
          id: global-times-hzmb
          title: Hong Kong-Zhuhai-Macao Bridge
          outlet: Global Times
          url: http://www.globaltimes.cn/content/1098569.shtml
        claims:
          - id: travel-time
            subject: hk-zhuhai.travel-time.by-bridge
            compare: less-than hk-zhuhai.travel-time.before-bridge
            quote: "The bridge will slash the travel time between Hong Kong and Zhuhai from three hours to just 30 minutes"
        """;

    private const string News18 = """
        source:
          id: news18-hzmb
          title: World's Longest Sea-Crossing Bridge Linking Hong Kong, China Finally Opens
          outlet: News18
          url: https://www.news18.com/news/ivideos/worlds-longest-sea-crossing-bridge-linking-hong-kong-china-finally-opens-1917489.html
          published: 2018-10-23
        claims:
          - id: travel-time
            subject: hk-zhuhai.travel-time.by-bridge
            compare: less-than hk-zhuhai.travel-time.before-bridge
            quote: "lessening the travel time between Hong Kong and Zhuhai from 4 hours to 45 minutes"
        """;

    [Test]
    public void Check_TwoComparisonsWithoutFigures_UncheckedNotAgreement()
    {
        using var corpus = new VerdictCorpus().Add("gt.yaml", GlobalTimes).Add("n18.yaml", News18);

        var report = corpus.Check();
        var subject = report.Subjects.Single(s => s.Key == "hk-zhuhai.travel-time.by-bridge");

        Assert.Multiple(() =>
        {
            Assert.That(subject.Verdict, Is.EqualTo(Verdict.Unchecked));
            Assert.That(subject.Findings.Single().Kind, Is.EqualTo(FindingKind.Unchecked));
            Assert.That(subject.Findings.Single().Message, Does.StartWith("2 sources speak of it, but their claims could not be compared: ")
                .And.Contain("have no figures to check them"));
            Assert.That((report.Summary.Unchecked, report.Summary.Agreements), Is.EqualTo((1, 0)));
        });
    }

    [Test]
    public void Reports_UncheckedSubject_InJsonSarifAndHtml()
    {
        using var corpus = new VerdictCorpus().Add("gt.yaml", GlobalTimes).Add("n18.yaml", News18);
        var report = corpus.Check();

        var json = JsonReportWriter.ToJson(report);
        var sarif = JsonDocument.Parse(SarifReportWriter.ToSarif(report));
        var html = HtmlReportWriter.Render(report, json).Html!;

        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"unchecked\": 1,").And.Contain("\"consistent\": 0,").And.Contain("\"verdict\": \"unchecked\""));
            Assert.That(results.Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("level").GetString())),
                Is.EqualTo(new[] { ("CC-unchecked", "note") }));
            Assert.That(results[0].GetProperty("properties").GetProperty("kind").GetString(), Is.EqualTo("unchecked"));
            Assert.That(html, Does.Contain("<option value=\"unchecked\">").And.Contain("<option value=\"consistent\">"));
            Assert.That(html, Does.Contain("data-verdict=\"unchecked\" data-sources=\"global-times-hzmb news18-hzmb\""));
            Assert.That(html, Does.Contain("<dt>Unchecked</dt><dd><a class=\"count\" href=\"#verdict=unchecked\" title=\"Show only unchecked\">1</a></dd>"));
        });
    }

    [Test]
    public void Judge_ValuesInUnitsThatDoNotConvert_UncheckedAndSaysWhy()
    {
        var group = Make.Group(
            Make.Exact("a", "node", 7),
            Make.Quantity("b", "node", Interval.Closed(39.5, 40.5), "40%", unit: "%", dimension: Dimension.Percent));

        var result = SubjectJudge.Judge(group, Make.Context(groups: group), CheckEngine.DefaultRules);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unchecked));
            Assert.That(result.Findings.Single().Message, Does.Contain("measure different things").And.Contain("a length in nm").And.Contain("a percentage in %"));
        });
    }

    [Test]
    public void Judge_SetWithDifferentMembers_Consistent()
    {
        var set = Make.Definition("s", SubjectKind.Category, single: false);
        var group = Make.Group(set, Make.Category("a", "x", "AI"), Make.Category("b", "y", "biomedicine"));

        var result = SubjectJudge.Judge(group, Make.Context(groups: group), CheckEngine.DefaultRules);

        Assert.That((result.Verdict, result.Findings.Single().Rule), Is.EqualTo((Verdict.Consistent, "set")));
    }

    [Test]
    public void Judge_TimeSeries_ConsistentNotAgreement()
    {
        var group = Make.Group(Make.Exact("a", "x", 7, period: Make.Year(2023)), Make.Exact("b", "y", 5, period: Make.Year(2025)));

        var result = SubjectJudge.Judge(group, Make.Context(groups: group), CheckEngine.DefaultRules);

        Assert.That((result.Verdict, result.Findings.Single().Rule), Is.EqualTo((Verdict.Consistent, "period")));
    }

    [Test]
    public void Judge_OpposedComparisonsWithoutFigures_ConflictInBothSubjects()
    {
        var a = Make.Group(Make.Compare("x", "1", "more-than", "b", subject: "a"));
        var b = Make.Group(Make.Compare("y", "1", "more-than", "a", subject: "b"));
        var context = Make.Context(groups: [a, b]);

        var ra = SubjectJudge.Judge(a, context, CheckEngine.DefaultRules);
        var rb = SubjectJudge.Judge(b, context, CheckEngine.DefaultRules);

        Assert.Multiple(() =>
        {
            Assert.That((ra.Verdict, rb.Verdict), Is.EqualTo((Verdict.Conflict, Verdict.Conflict)));
            Assert.That(ra.Findings[0].Claims, Is.EqualTo(new[] { "x/1", "y/1" }));
            Assert.That(ra.Findings[0].Message, Does.Contain("cannot both hold: one says a is more than b, the other b is more than a"));
        });
    }

    [TestCase("less-than", null, null, "conflict")] // a > b against a < b
    [TestCase("factor", 0.45, 0.55, "conflict")] // a > b against "half b"
    [TestCase("factor", 1.8, 2.2, "unchecked")] // a > b against "twice b": the same direction
    [TestCase("same-as", null, null, "unchecked")] // neither larger: not opposed without figures
    public void Judge_TwoComparisonsOfOneSubject_OpposedOnlyWhenTheyPointOppositeWays(string op, double? min, double? max, string expected)
    {
        Interval? factor = min is { } lo && max is { } hi ? Interval.Closed(lo, hi) : null;
        var group = Make.Group(Make.Compare("x", "1", "more-than", "b", subject: "a"), Make.Compare("y", "1", op, "b", factor, subject: "a"));

        var result = SubjectJudge.Judge(group, Make.Context(groups: group), CheckEngine.DefaultRules);

        Assert.That(ContractWords.Of(result.Verdict), Is.EqualTo(expected));
    }

    [Test]
    public void Judge_OpposedComparisonsInDifferentYears_NoConflict()
    {
        var a = Make.Group(Make.Compare("x", "1", "more-than", "b", period: Make.Year(2010), subject: "a"));
        var b = Make.Group(Make.Compare("y", "1", "more-than", "a", period: Make.Year(2024), subject: "b"));

        var result = SubjectJudge.Judge(a, Make.Context(groups: [a, b]), CheckEngine.DefaultRules);

        Assert.That(result.Findings.Select(f => f.Kind), Has.None.EqualTo(FindingKind.Conflict));
    }

    [Test]
    public void Validate_ComparisonWithItselfThroughAnAlias_ErrorAtTheSubjectKey()
    {
        using var corpus = new VerdictCorpus()
            .Add("registry.yaml", "subjects:\n  titanic.deaths:\n    aliases: [titanic.lives-lost]\n")
            .Add("a.yaml", """
                source: { id: a, title: A }
                claims:
                  - id: c
                    subject: titanic.deaths
                    compare: more-than titanic.lives-lost
                """);

        var report = corpus.Check();

        var error = report.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That((error.Code, error.Position.Line, error.Position.Column), Is.EqualTo(("CC0340", 5, 24)));
            Assert.That(error.Message, Is.EqualTo("'more-than titanic.lives-lost' compares subject 'titanic.deaths' with itself ('titanic.lives-lost' is another key for 'titanic.deaths'); compare it with another subject, or give the figure as a 'value'"));
            Assert.That(report.Subjects.Single().Verdict, Is.EqualTo(Verdict.SingleSource));
        });
    }
}
