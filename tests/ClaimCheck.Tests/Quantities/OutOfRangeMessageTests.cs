using ClaimCheck.Core;
using ClaimCheck.Loading;
using ClaimCheck.Normalisation;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Quantities;

/// <summary>
/// Issue 16, point 4 (quantity side): a figure no value can hold is an error at the figure, never a label; a registry
/// rate written with an exponent is judged by CC0211 like any other; a relative period past the calendar's last day
/// says so (not "before the calendar begins").
/// </summary>
[TestFixture]
public class OutOfRangeMessageTests
{
    [TestCase("1e312 trillion", 0, "'1e312'")]
    [TestCase("$1e400", 1, "'1e400'")]
    [TestCase("  1E+309 people", 2, "'1E+309'")]
    public void Parse_ExponentBeyondAnyValue_IsOutOfRangeAtTheFigure(string text, int offset, string named)
    {
        var result = QuantityParser.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Success, Is.False);
            Assert.That(result.Error, Does.StartWith(QuantityParser.OutOfRange).And.Contain(named));
            Assert.That(result.Offset, Is.EqualTo(offset));
        });
    }

    [Test]
    public void Parse_HundredsOfDigits_IsOutOfRangeAtTheFigure()
    {
        var result = QuantityParser.Parse("about " + new string('9', 400) + " companies");

        Assert.That(result.Error, Does.StartWith(QuantityParser.OutOfRange));
        Assert.That(result.Offset, Is.EqualTo(6));
    }

    [Test]
    public void Parse_ExponentInRange_StillDoesNotRead_AndIsNoRangeError()
    {
        var result = QuantityParser.Parse("1e9 companies");

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Not.StartWith(QuantityParser.OutOfRange));
    }

    [Test]
    public void Normalize_OutOfRangeFigure_IsErrorCC0313AtTheFigure_NotALabel()
    {
        var claim = Checking.Make.Claim("a", "x", "s.big", value: "1e312 trillion");
        var corpus = Checking.Make.Corpus([Checking.Make.Source("a")], [claim]);

        var normalized = ClaimNormalizer.Normalize(corpus);

        Assert.Multiple(() =>
        {
            Assert.That(normalized.Claims[0].Category, Is.Null, "never compared as a label");
            Assert.That(normalized.Claims[0].Quantity, Is.Null);
            var d = normalized.Diagnostics.Single();
            Assert.That(d.Code, Is.EqualTo("CC0313"));
            Assert.That(d.Severity, Is.EqualTo(Severity.Error));
            Assert.That(d.Position, Is.EqualTo(claim.ValuePosition), "at the figure, the value's first character");
            Assert.That(d.Message, Does.Contain("out of range"));
        });
    }

    [TestCase("1e-51")]
    [TestCase("1E-51")]
    [TestCase("2e9")]
    [TestCase("0.00000000001")]
    public void Load_ImplausibleRate_InAnyNotation_IsCC0211AndNotUsed(string written)
    {
        using var folder = new TempFolder();
        folder.Write("r.yaml", $"rates:\n  EUR: {{ 2019: {written} }}\n");

        var corpus = ClaimCorpus.Load([folder.Path], new LoadOptions(BaseDirectory: folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(corpus.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CC0211" }), string.Join("\n", corpus.Diagnostics));
            Assert.That(corpus.Diagnostics[0].Message, Does.Contain("not a plausible number"));
            Assert.That(corpus.Registry.Rates, Is.Empty, "an implausible rate is not used");
        });
    }

    [Test]
    public void Load_RateWithExponentInRange_IsUsed()
    {
        using var folder = new TempFolder();
        folder.Write("r.yaml", "rates:\n  EUR: { 2019: 8.93e-1 }\n");

        var corpus = ClaimCorpus.Load([folder.Path], new LoadOptions(BaseDirectory: folder.Path));

        Assert.That(corpus.Diagnostics, Is.Empty);
        Assert.That(corpus.Registry.Rates.Single().PerUsd, Is.EqualTo(0.893));
    }

    [Test]
    public void RateTable_With_RejectsAnImplausibleRate()
    {
        Assert.Throws<ArgumentException>(() => RateTable.Default.With([new ExchangeRate("EUR", 2019, 1e-51, "test")]));
    }

    [TestCase("next year")]
    [TestCase("next quarter")]
    [TestCase("next month")]
    [TestCase("in five years")]
    public void Parse_RelativePeriodPastTheLastDay_SaysTheCalendarEnds(string text)
    {
        var result = PeriodParser.Parse(text, new DateOnly(9999, 12, 15));

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Contain("after the calendar ends (9999-12-31)").And.Not.Contain("begins"));
    }

    [TestCase("last year")]
    [TestCase("five years ago")]
    public void Parse_RelativePeriodBeforeTheFirstDay_SaysTheCalendarBegins(string text)
    {
        var result = PeriodParser.Parse(text, new DateOnly(1, 2, 1));

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Contain("before the calendar begins (0001-01-01)"));
    }

    private sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimcheck-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
