using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimCheck.Checking;
using ClaimCheck.Core;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Checking;
using ClaimCheck.Resolution;

namespace ClaimCheck.Tests.Reporting.Json;

public class JsonReportWriterTests
{
    // From the repository, not [CallerFilePath]: CI builds map source paths to /_/ (deterministic builds).
    private static string GoldenPath() =>
        Path.Combine(TestPaths.RepoRoot, "tests", "ClaimCheck.Tests", "Reporting", "Json", "sample-report.golden.json");

    private static string SampleJson() => JsonReportWriter.ToJson(Engine.Check(SampleCorpus.Build()));

    [Test]
    public void ToJson_SampleCorpus_MatchesGolden()
    {
        var actual = SampleJson();
        if (Environment.GetEnvironmentVariable("CLAIMCHECK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath(), actual, new UTF8Encoding(false));
        }

        Assert.That(actual, Is.EqualTo(File.ReadAllText(GoldenPath(), Encoding.UTF8)));
    }

    [Test]
    public void ToJsonWithin_LimitAtOrAboveSize_GivesTheWholeReport()
    {
        var whole = SampleJson();
        var bytes = Encoding.UTF8.GetByteCount(whole);
        var report = Engine.Check(SampleCorpus.Build());

        Assert.That(JsonReportWriter.ToJsonWithin(report, bytes), Is.EqualTo(whole));
        Assert.That(JsonReportWriter.ToJsonWithin(report, long.MaxValue), Is.EqualTo(whole));
    }

    [TestCase(-1)]
    [TestCase(-2)]
    [TestCase(-500)]
    public void ToJsonWithin_LimitBelowSize_GivesNull(int belowSize)
    {
        var bytes = Encoding.UTF8.GetByteCount(SampleJson());

        Assert.That(JsonReportWriter.ToJsonWithin(Engine.Check(SampleCorpus.Build()), bytes + belowSize), Is.Null);
    }

    [Test]
    public void ToJson_SampleCorpus_PropertiesInContractOrder()
    {
        using var doc = JsonDocument.Parse(SampleJson());
        var root = doc.RootElement;
        var claim = root.GetProperty("subjects")[0].GetProperty("claims")[0];
        var finding = root.GetProperty("subjects")[0].GetProperty("findings")[0];

        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "tool", "summary", "sources", "subjects", "diagnostics" }));
        Assert.That(claim.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "ref", "file", "line", "value", "min", "max", "unit", "period", "status", "quote" }));
        Assert.That(finding.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "kind", "rule", "claims", "message" }));
    }

    [Test]
    public void ToJson_ConvertedClaim_CarriesRateAndOpenSidesAreNull()
    {
        using var doc = JsonDocument.Parse(SampleJson());
        var claims = doc.RootElement.GetProperty("subjects").EnumerateArray()
            .SelectMany(s => s.GetProperty("claims").EnumerateArray())
            .ToDictionary(c => c.GetProperty("ref").GetString()!);

        var rate = claims["alpha/output"].GetProperty("rate");
        Assert.That(rate.GetProperty("currency").GetString(), Is.EqualTo("CNY"));
        Assert.That(rate.GetProperty("year").GetInt32(), Is.EqualTo(2024));
        Assert.That(rate.GetProperty("perUsd").GetDouble(), Is.EqualTo(7.19));
        Assert.That(claims["gamma/talent"].GetProperty("max").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(claims["gamma/talent"].GetProperty("min").GetDouble(), Is.EqualTo(200));
        Assert.That(claims["beta/node"].TryGetProperty("rate", out _), Is.False);
    }

    [Test]
    public void ToJson_UnderGermanAndTurkishCultures_ByteIdentical()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            var outputs = new[] { "de-DE", "tr-TR", "en-US" }.Select(name =>
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                return SampleJson();
            }).ToList();

            Assert.That(outputs.Distinct().Count(), Is.EqualTo(1));
            Assert.That(outputs[0], Does.Contain("\"perUsd\": 7.19"));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }

    [Test]
    public void ToJson_HostileStrings_StayValidJsonAndRoundTrip()
    {
        const string hostile = "</script><script>alert(\"x\")</script>\u0001\u001f\n\r\t\\ '&";
        var report = new CheckReport(
            "1.0.0",
            new ReportSummary(1, 0, 0, 0, 0, 0, 0, 0, 1),
            [Make.Source("evil", null, hostile)],
            [],
            [Diagnostic.Warning("CC0102", new SourcePosition("claims/evil.yaml", 1, 1), hostile)],
            ResolutionResult.Empty);

        var json = JsonReportWriter.ToJson(report);
        using var doc = JsonDocument.Parse(json);

        Assert.That(json, Does.Not.Contain("</script>"));
        Assert.That(json.Where(c => c < ' ' && c != '\n'), Is.Empty, "control characters are escaped");
        Assert.That(doc.RootElement.GetProperty("sources")[0].GetProperty("title").GetString(), Is.EqualTo(hostile));
        Assert.That(doc.RootElement.GetProperty("diagnostics")[0].GetProperty("message").GetString(), Is.EqualTo(hostile));
    }

    [Test]
    public void WriteTo_Stream_Utf8WithoutBomLfOnlyFinalNewline()
    {
        using var stream = new MemoryStream();

        JsonReportWriter.WriteTo(Engine.Check(SampleCorpus.Build()), stream);
        var bytes = stream.ToArray();

        Assert.That(bytes[0], Is.EqualTo((byte)'{'));
        Assert.That(bytes, Does.Not.Contain((byte)'\r'));
        Assert.That(bytes[^1], Is.EqualTo((byte)'\n'));
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Contain("¥150 billion"));
    }
}
