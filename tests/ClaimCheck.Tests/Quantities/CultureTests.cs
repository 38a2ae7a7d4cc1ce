using ClaimCheck.Quantities;
using NUnit.Framework;

namespace ClaimCheck.Tests.Quantities;

/// <summary>The same readings on machines whose culture writes 3.500 for 3,500 or lower-cases I to ı.</summary>
public abstract class CultureTests
{
    protected abstract string ExpectedCulture { get; }

    [Test]
    public void Fixture_Culture_IsActive()
    {
        Assert.That(System.Globalization.CultureInfo.CurrentCulture.Name, Is.EqualTo(ExpectedCulture));
    }

    [TestCase("3,500", 3450, 3550)]
    [TestCase("2.3", 2.25, 2.35)]
    [TestCase("OVER 3,500 COMPANIES", 3500, double.PositiveInfinity)]
    [TestCase("21 BILLION", 20.5e9, 21.5e9)]
    [TestCase("1,250.75 MILLION", 1250.745e6, 1250.755e6)]
    [TestCase("LIMIT", double.NaN, double.NaN)]
    [TestCase("ABOUT 20 KM²", 18, 22)]
    [TestCase("NEARLY 3.2 BILLION EUROS IN GRANTS", double.NaN, double.NaN)]
    [TestCase("Über 3,500", double.NaN, double.NaN)]
    public void Parse_Culture_ReadsInvariantNotation(string text, double min, double max)
    {
        var result = QuantityParser.Parse(text);

        if (double.IsNaN(min))
        {
            Assert.That(result.Success, Is.False);
            return;
        }

        Assert.That(result.Success, Is.True, result.Error);
        QuantityParserTests.AssertClose(result.Value!.Interval.Min, min);
        QuantityParserTests.AssertClose(result.Value.Interval.Max, max);
    }

    [TestCase("NEARLY €3.2 BILLION", "nearly €3.2 billion")]
    [TestCase("ABOUT ¥150.5 BN", "about ¥150.5 bn")]
    [TestCase("MORE THAN 1 500 PEOPLE", "more than 1 500 people")]
    [TestCase("SOME 700 NAUTICAL MILES", "some 700 nautical miles")]
    public void Parse_CapitalsBesideSymbols_ReadAsLowerCase(string capitals, string lower)
    {
        // The scanner lowers letters one by one (symbols such as € and ² stay as they are): the same reading either way.
        var a = QuantityParser.Parse(capitals);
        var b = QuantityParser.Parse(lower);

        Assert.That(a.Success && b.Success, Is.True, a.Error ?? b.Error);
        Assert.That((a.Value!.Interval, a.Value.Unit, a.Value.Dimension), Is.EqualTo((b.Value!.Interval, b.Value.Unit, b.Value.Dimension)));
    }

    [Test]
    public void Parse_Culture_ReadsCapitalIInWords()
    {
        Assert.Multiple(() =>
        {
            Assert.That(QuantityParser.Parse("12,000 EVs WEEKLY").Value!.Per, Is.EqualTo("week"));
            Assert.That(QuantityParser.Parse("5 MILLION PEOPLE").Value!.Label, Is.EqualTo("PEOPLE"));
            Assert.That(PeriodParser.Parse("THIS YEAR", new DateOnly(2025, 3, 10)).Value!.Display, Is.EqualTo("2025"));
            Assert.That(PeriodParser.Parse("SINCE 2020", null).Value!.Display, Is.EqualTo("since 2020"));
            Assert.That(ComparisonParser.Parse("NEARLY 3 TIMES china.gdp").Value!.Operator, Is.EqualTo("factor"));
            Assert.That(ComparisonParser.Parse("MORE-THAN china.gdp").Value!.Operator, Is.EqualTo("more-than"));
        });
    }

    [Test]
    public void Display_Culture_WritesInvariantNumbersAndDates()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Interval.Closed(2.5, 1234.5).Display, Is.EqualTo("[2.5, 1234.5]"));
            Assert.That(PeriodParser.Parse(null, new DateOnly(2025, 3, 10)).Value!.Display, Is.EqualTo("12 months to 2025-03-10"));
            Assert.That(PeriodParser.Parse("2024-03-15", null).Value!.Display, Is.EqualTo("2024-03-15"));
        });
    }
}

[SetCulture("de-DE")]
[SetUICulture("de-DE")]
public class GermanCultureTests : CultureTests
{
    protected override string ExpectedCulture => "de-DE";
}

[SetCulture("tr-TR")]
[SetUICulture("tr-TR")]
public class TurkishCultureTests : CultureTests
{
    protected override string ExpectedCulture => "tr-TR";
}
