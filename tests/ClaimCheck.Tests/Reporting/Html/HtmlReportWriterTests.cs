using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Reporting.Html;
using NUnit.Framework;
using ClaimCheck.Reporting;
using ClaimCheck.Checking;

namespace ClaimCheck.Tests.Reporting.Html;

public class HtmlReportWriterTests
{
    private const string Json = "{\"tool\":{\"name\":\"claimcheck\"}}";

    private static string Render(CheckReport report, string json = Json, HtmlReportOptions? options = null)
    {
        var result = HtmlReportWriter.Render(report, json, options);
        Assert.That(result.Diagnostics, Is.Empty, () => string.Join("\n", result.Diagnostics));
        return result.Html!;
    }

    private static string DataElement(string html) =>
        Regex.Match(html, "<script type=\"application/json\" id=\"claimcheck-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;

    [Test]
    public void Render_DefaultTemplate_IsCompleteDocumentWithHashedCsp()
    {
        var html = Render(ReportBuilder.Sample());

        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(html, Does.EndWith("</html>\n"));
        Assert.That(html, Does.Match("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; style-src 'sha256-[A-Za-z0-9+/=]{44}'; script-src 'sha256-[A-Za-z0-9+/=]{44}'\">"));
        Assert.That(html, Does.Not.Contain("unsafe-inline"));
        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("//cdn").And.Not.Contain("@font-face").And.Not.Contain("<link rel=\"stylesheet\""));
    }

    [Test]
    public void Render_ScriptTagInQuote_IsEscaped()
    {
        var html = Render(ReportBuilder.Sample(quote: "<script>window.__pwned=1</script>"));

        Assert.That(html, Does.Not.Contain("<script>window.__pwned"));
        Assert.That(html, Does.Contain("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
    }

    [Test]
    public void Render_EventHandlerInTitleAndQuote_IsEscaped()
    {
        var html = Render(ReportBuilder.Sample(quote: "<img src=x onerror=\"window.__pwned=1\">", title: "\"><svg onload='window.__pwned=1'>"));

        Assert.That(html, Does.Not.Contain("<img src=x"));
        Assert.That(html, Does.Not.Contain("<svg onload"));
        Assert.That(html, Does.Contain("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;"));
        Assert.That(html, Does.Contain("&quot;&gt;&lt;svg onload=&#39;window.__pwned=1&#39;&gt;"));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("JavaScript:alert(1)")]
    [TestCase("data:text/html,<script>alert(1)</script>")]
    [TestCase("//evil.example/x")]
    public void Render_NonHttpUrl_IsShownAsTextNotLinked(string url)
    {
        var html = Render(ReportBuilder.Sample(url: url));

        Assert.That(html, Does.Not.Contain("href=\"" + url));
        Assert.That(Regex.Matches(html, "href=\"(?!#)").Select(m => html.Substring(m.Index + 6, 8)), Is.All.StartsWith("https://").Or.StartsWith("http://").Or.StartsWith("data:,\">"));
        Assert.That(html, Does.Contain("(" + System.Net.WebUtility.HtmlEncode(url).Replace("&#39;", "'", StringComparison.Ordinal) + ")").Or.Contain(url.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)));
    }

    [Test]
    public void Render_HttpsUrl_IsLinked()
    {
        var html = Render(ReportBuilder.Sample());

        Assert.That(html, Does.Contain("<a href=\"https://example.org/a\" rel=\"noopener noreferrer\">Shanghai&#39;s Silicon Dragon</a>"));
    }

    [Test]
    public void Render_ScriptEndAndCommentInJson_CannotLeaveDataElement()
    {
        const string hostile = "{\"q\":\"</script><script>window.__pwned=1</script><!-- & \u2028\u2029 >\"}";
        var html = Render(ReportBuilder.Sample(), hostile);

        var data = DataElement(html);
        Assert.That(data, Is.EqualTo("{\"q\":\"\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e\"}"));
        // The page's own script elements only: the inline script, the JSON data and (with conflicts) the ClaimReview JSON-LD.
        Assert.That(Regex.Matches(html, "</script>"), Has.Count.EqualTo(html.Contains("application/ld+json", StringComparison.Ordinal) ? 3 : 2));
        Assert.That(System.Text.Json.JsonDocument.Parse(data).RootElement.GetProperty("q").GetString(), Does.StartWith("</script>"));
    }

    [Test]
    public void Render_TemplateSyntaxInClaimText_ShownLiterally()
    {
        var html = Render(ReportBuilder.Sample(quote: "{{ 6 * 7 }} and {{ csp }} {%{ raw }%}"));

        Assert.That(html, Does.Contain("<blockquote>{{ 6 * 7 }} and {{ csp }} {%{ raw }%}</blockquote>"));
    }

    [Test]
    public void Render_Sections_ConflictsThenTensionsThenAgreementsThenSingleSource()
    {
        var html = Render(ReportBuilder.Sample());

        int At(string id) => html.IndexOf("id=\"" + id + "\"", StringComparison.Ordinal);
        Assert.That(new[] { At("smic.leading-node"), At("shanghai.startups"), At("smic.fab.location"), At("shanghai.metro-lines") }, Is.Ordered.And.All.GreaterThan(0));
        Assert.That(At("h-conflict"), Is.LessThan(At("h-tension")));
    }

    [Test]
    public void Render_SubjectsInSection_OrderedByKeyOrdinal()
    {
        var b = new ReportBuilder().Source("a", "A").Source("b", "B");
        foreach (var key in new[] { "zeta.x", "Alpha.y", "alpha.z", "beta" })
        {
            b.Subject(key, Verdict.SingleSource, ReportBuilder.Claim("a", "c", key, "1"));
        }

        var html = Render(b.Build());

        var ids = Regex.Matches(html, "<article class=\"subject[^\"]*\" id=\"([^\"]+)\"").Select(m => m.Groups[1].Value);
        Assert.That(ids, Is.EqualTo(new[] { "Alpha.y", "alpha.z", "beta", "zeta.x" }));
    }

    [Test]
    public void Render_AgreementsAndSingleSource_CollapsedConflictsOpen()
    {
        var html = Render(ReportBuilder.Sample());

        Assert.That(Regex.Matches(html, "<details>"), Has.Count.EqualTo(2));
        Assert.That(html.IndexOf("<details>", StringComparison.Ordinal), Is.GreaterThan(html.IndexOf("id=\"shanghai.startups\"", StringComparison.Ordinal)));
    }

    [Test]
    public void Render_ClaimCard_ShowsValueNormalisedPeriodStatusQuoteAndLocation()
    {
        var html = Render(ReportBuilder.Sample());

        Assert.That(html, Does.Contain("<p class=\"val\">3 nm</p><p class=\"norm\">read as 2.5–3.5 nm</p>"), "the value as written, the range as a detail");
        Assert.That(html, Does.Contain("<p class=\"meta\"><span class=\"st\">planned</span></p>"), "no period: no 'undated present' noise");
        Assert.That(html, Does.Contain("<blockquote>new 3nm fabrication plant set to begin mass production</blockquote>"));
        Assert.That(html, Does.Contain("<b>conflict</b>: Shanghai&#39;s Silicon Dragon (3 nm) vs The Zhangjiang commute (7 nm)</button> <span class=\"why\">3 nm vs 7 nm: the ranges do not overlap</span>"));
        Assert.That(html, Does.Contain("<span class=\"outlet\">· Example Weekly</span>"));
        Assert.That(html, Does.Contain("<td><code>claims/zhangjiang-commute.yaml(12,7)</code></td><td class=\"sev-warning\">warning</td><td>CC0201</td>"));
    }

    [Test]
    public void Render_CurrencyWithRate_ShowsRateUsed()
    {
        var rate = new ExchangeRate("CNY", 2024, 7.19, "built-in");
        var q = new Quantity("¥150 billion", 20.86e9, new Interval(float.NegativeInfinity, 20.93e9, false, true), Dimension.Currency, "USD", null, "year", rate);
        var period = new Period("2024", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), PeriodState.Resolved, false);
        var report = new ReportBuilder().Source("a", "A")
            .Subject("fund", Verdict.SingleSource, ReportBuilder.Claim("a", "f", "fund", "up to ¥150 billion a year", quantity: q, period: period))
            .Build();

        var html = Render(report);

        Assert.That(html, Does.Contain("read as ≤ 20.93 billion USD per year"));
        Assert.That(html, Does.Contain("1 USD = 7.19 CNY (2024, built-in)"));
        Assert.That(html, Does.Contain("<span title=\"2024-01-01 – 2024-12-31\">2024</span> · <span class=\"st\">reported</span>"));
    }

    [Test]
    public void Render_SourcesTable_CountsClaimsAndListsConflicts()
    {
        var html = Render(ReportBuilder.Sample());

        Assert.That(html, Does.Match("<tr id=\"source-silicon-dragon\">.*?<td>3</td><td><a href=\"#smic.leading-node\">SMIC&#39;s most advanced process node</a></td>"));
    }

    [Test]
    public void Render_LongClaimList_CappedWithMoreCount()
    {
        var claims = Enumerable.Range(0, 30).Select(i => ReportBuilder.Claim("a", "c" + i.ToString(CultureInfo.InvariantCulture), "s", "1")).ToArray();
        var report = new ReportBuilder().Source("a", "A").Subject("s", Verdict.Agreement, claims).Build();

        var html = Render(report, options: new HtmlReportOptions { MaxClaimsPerSubject = 5 });

        Assert.That(Regex.Matches(html, "<p class=\"src\">"), Has.Count.EqualTo(5));
        Assert.That(html, Does.Contain("and 25 more claims"));
    }

    [Test]
    public void Render_JsonOverLimit_IsOmitted()
    {
        var html = Render(ReportBuilder.Sample(), "{\"x\":\"" + new string('a', 100) + "\"}", new HtmlReportOptions { MaxEmbeddedJsonChars = 50 });

        Assert.That(DataElement(html), Is.EqualTo("null"));
        Assert.That(html, Does.Contain("too large to embed"));
    }

    [TestCase("de-DE")]
    [TestCase("tr-TR")]
    public void Render_SameInput_ByteIdenticalUnderCulture(string culture)
    {
        var report = ReportBuilder.Sample(quote: "İstanbul ıI 1,234.5");
        var invariant = Render(report);
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var localised = Render(report);
            Assert.That(localised, Is.EqualTo(invariant));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = before;
        }
    }

    [Test]
    [SetCulture("tr-TR")]
    public void Render_TurkishCulture_NumbersAndWordsInvariant()
    {
        var html = Render(ReportBuilder.Sample());

        Assert.That(html, Does.Contain("read as 2.5–3.5 nm").And.Contain("Show agreements (1)").And.Contain("Show single-source subjects (1)").And.Contain("1 claim</p>"));
    }

    [Test]
    public void ParseTemplate_SyntaxError_GivesCC0501WithOneBasedLineAndColumn()
    {
        var (template, diagnostics) = HtmlReportWriter.ParseTemplate("<p>ok</p>\n<p>{{ for x in }}</p>\n", "my/report.sbn");

        Assert.That(template, Is.Null);
        Assert.That(diagnostics, Is.Not.Empty);
        var d = diagnostics[0];
        Assert.That(d.Severity, Is.EqualTo(Severity.Error));
        Assert.That(d.Code, Is.EqualTo("CC0501"));
        Assert.That(d.Position.File, Is.EqualTo("my/report.sbn"));
        Assert.That(d.Position.Line, Is.EqualTo(2));
        Assert.That(d.Position.Column, Is.EqualTo(16), "the 1-based column of the closing braces where an expression was expected");
    }

    [Test]
    public void Render_UserTemplateParseError_ReturnsDiagnosticsNotHtml()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "broken-" + Guid.NewGuid().ToString("N") + ".sbn");
        File.WriteAllText(path, "line one\n{{ end }}\n");
        try
        {
            var result = HtmlReportWriter.Render(ReportBuilder.Sample(), Json, new HtmlReportOptions { TemplatePath = path });

            Assert.That(result.Success, Is.False);
            Assert.That(result.Diagnostics.Select(d => (d.Code, d.Position.File, d.Position.Line)), Does.Contain(("CC0501", path, 2)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void RenderTo_DefaultTemplate_WritesWhatRenderReturns()
    {
        var report = ReportBuilder.Sample(quote: "<i>q</i> & \"x\"");
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        var diagnostics = HtmlReportWriter.RenderTo(report, Json, writer);

        Assert.That(diagnostics, Is.Empty);
        Assert.That(writer.ToString(), Is.EqualTo(Render(report)));
    }

    [Test]
    public void RenderTo_UserTemplateMissing_WritesNothingAndReturnsCC0501()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        var diagnostics = HtmlReportWriter.RenderTo(ReportBuilder.Sample(), Json, writer, new HtmlReportOptions { TemplatePath = "no/such/template.sbn" });

        Assert.That(diagnostics.Single().Code, Is.EqualTo("CC0501"));
        Assert.That(writer.ToString(), Is.Empty);
    }

    [Test]
    public void Render_UserTemplateMissing_ReturnsCC0501()
    {
        var result = HtmlReportWriter.Render(ReportBuilder.Sample(), Json, new HtmlReportOptions { TemplatePath = "no/such/template.sbn" });

        Assert.That(result.Html, Is.Null);
        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo("CC0501"));
    }

    [TestCase("<p>\n  {{ include 'other.sbn' }}</p>", 2, 6)]
    [TestCase("{{ func f; ret f(); end }}\n{{ f() }}", 1, 16)]
    public void Render_UserTemplateRuntimeError_ReturnsCC0502(string text, int line, int column)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "failing-" + Guid.NewGuid().ToString("N") + ".sbn");
        File.WriteAllText(path, text);
        try
        {
            var result = HtmlReportWriter.Render(ReportBuilder.Sample(), Json, new HtmlReportOptions { TemplatePath = path });

            Assert.That(result.Html, Is.Null);
            var d = result.Diagnostics.Single();
            Assert.That((d.Code, d.Severity, d.Position.File, d.Position.Line, d.Position.Column), Is.EqualTo(("CC0502", Severity.Error, path, line, column)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Render_UserTemplate_EscapesByDefaultAndRawOptsOut()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "user-" + Guid.NewGuid().ToString("N") + ".sbn");
        File.WriteAllText(path, "{{ sections[0].subjects[0].claims[0].quote }}|{{ \"<b>x</b>\" | raw }}|{{ summary.conflicts }}|{{ data_json }}");
        try
        {
            var result = HtmlReportWriter.Render(ReportBuilder.Sample(quote: "<i>q</i>"), "[\"</script>\"]", new HtmlReportOptions { TemplatePath = path });

            Assert.That(result.Html, Is.EqualTo("&lt;i&gt;q&lt;/i&gt;|<b>x</b>|1|[\"\\u003c/script\\u003e\"]"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Render_TwoHundredThousandClaims_StaysUnderTwentyMegabytes()
    {
        var report = ReportBuilder.Large(200_000);
        var json = "{\"claims\":\"" + new string('x', 30_000_000) + "\"}";

        var html = Render(report, json);

        var bytes = System.Text.Encoding.UTF8.GetByteCount(html);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"200,000-claim report: {bytes:N0} bytes"));
        Assert.That(report.Summary.Claims, Is.EqualTo(200_000));
        Assert.That(bytes, Is.LessThan(20_000_000));
        Assert.That(html, Does.EndWith("</html>\n"));
        Assert.That(Regex.Matches(html, "<article "), Has.Count.EqualTo(1200), "the page's budget of 1,200 cards");
        Assert.That(Regex.Matches(html, "<article class=\"subject v-conflict\""), Has.Count.EqualTo(1200), "10,000 conflicts: conflicts first, and they fill the page");
        Assert.That(html, Does.Contain("and 8,800 more, left out to keep this page small (the filters and search do not see them)"));
        Assert.That(html, Does.Contain("This page shows 1,200 of 50,000 subjects, conflicts first; the other 48,800 are left out"));
        Assert.That(html, Does.Contain("The filters and the search cover only the subjects shown."));
    }
}
