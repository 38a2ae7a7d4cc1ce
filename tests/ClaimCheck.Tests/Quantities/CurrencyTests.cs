using ClaimCheck.Core;
using ClaimCheck.Quantities;
using NUnit.Framework;

namespace ClaimCheck.Tests.Quantities;

public class CurrencyTests
{
    [TestCase("¥150 billion", "CNY")]
    [TestCase("CNY 150 billion", "CNY")]
    [TestCase("150 billion CNY", "CNY")]
    [TestCase("RMB 150 billion", "CNY")]
    [TestCase("150 billion yuan", "CNY")]
    [TestCase("€150 billion", "EUR")]
    [TestCase("150 billion EUR", "EUR")]
    [TestCase("150 billion euros", "EUR")]
    [TestCase("£150 billion", "GBP")]
    [TestCase("GBP 150 billion", "GBP")]
    public void Parse_ForeignCurrency_ConvertsToUsdWithDatedRate(string text, string currency)
    {
        var quantity = QuantityParser.Parse(text, new QuantityOptions(Year: 2024)).Value!;
        var rate = RateTable.Default.Find(currency, 2024)!;

        Assert.Multiple(() =>
        {
            Assert.That(quantity.Unit, Is.EqualTo("USD"));
            Assert.That(quantity.Dimension, Is.EqualTo(Dimension.Currency));
            Assert.That(quantity.Rate, Is.EqualTo(rate));
            Assert.That(quantity.Figure, Is.EqualTo(150e9 / rate.PerUsd).Within(1e-9).Percent);
            Assert.That(quantity.Interval.Min, Is.EqualTo(145e9 / rate.PerUsd).Within(1e-9).Percent);
            Assert.That(quantity.Interval.Max, Is.EqualTo(155e9 / rate.PerUsd).Within(1e-9).Percent);
        });
    }

    [Test]
    public void Parse_CnyIn2024_UsesBuiltInAverage()
    {
        var quantity = QuantityParser.Parse("over ¥150 billion", new QuantityOptions(Year: 2024)).Value!;

        Assert.That(quantity.Rate!.PerUsd, Is.EqualTo(7.189));
        Assert.That(quantity.Rate.Origin, Does.StartWith("built-in ("));
        Assert.That(quantity.Interval, Is.EqualTo(Interval.Above(150e9 / 7.189)));
    }

    [Test]
    public void Parse_NoYear_UsesLatestYearInTable()
    {
        var quantity = QuantityParser.Parse("¥1 billion").Value!;

        Assert.That(quantity.Rate!.Year, Is.EqualTo(2026));
    }

    [Test]
    public void Parse_Dollars_CarryNoRate()
    {
        Assert.That(QuantityParser.Parse("$5 billion").Value!.Rate, Is.Null);
    }

    [Test]
    public void Parse_TargetUnitCny_KeepsYuanAndConvertsDollarsIntoIt()
    {
        var options = new QuantityOptions(Year: 2023, TargetUnit: "CNY");

        var yuan = QuantityParser.Parse("¥150 billion", options).Value!;
        var dollars = QuantityParser.Parse("$10 billion", options).Value!;

        Assert.Multiple(() =>
        {
            Assert.That(yuan.Unit, Is.EqualTo("CNY"));
            Assert.That(yuan.Figure, Is.EqualTo(150e9));
            Assert.That(yuan.Rate, Is.Null);
            Assert.That(dollars.Unit, Is.EqualTo("CNY"));
            Assert.That(dollars.Figure, Is.EqualTo(10e9 * 7.084).Within(1e-9).Percent);
            Assert.That(dollars.Rate!.Currency, Is.EqualTo("CNY"));
        });
    }

    [Test]
    public void Parse_RegistryRates_OverrideBuiltInAndNameTheirOrigin()
    {
        var rates = RateTable.Default.With([new ExchangeRate("CNY", 2024, 8.0, "registry.yaml(12,5)")]);

        var quantity = QuantityParser.Parse("¥80", new QuantityOptions(Year: 2024, Rates: rates)).Value!;

        Assert.That(quantity.Figure, Is.EqualTo(10).Within(1e-12));
        Assert.That(quantity.Rate!.Origin, Is.EqualTo("registry.yaml(12,5)"));
    }

    [Test]
    public void Parse_NonCurrencyTargetUnit_IsIgnoredForMoney()
    {
        Assert.That(QuantityParser.Parse("€5", new QuantityOptions(TargetUnit: "nm")).Value!.Unit, Is.EqualTo("USD"));
    }

    [Test]
    public void Parse_CurrencyMissingFromTable_Fails()
    {
        var result = QuantityParser.Parse("€5", new QuantityOptions(Rates: RateTable.Empty));

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Contain("EUR"));
    }

    [TestCase("CNY", 2019, 2019)]
    [TestCase("cny", 2010, 2015)]
    [TestCase("RMB", 2030, 2026)]
    [TestCase("EUR", null, 2026)]
    public void Find_Year_GivesExactOrNearestYear(string currency, int? year, int expectedYear)
    {
        Assert.That(RateTable.Default.Find(currency, year)!.Year, Is.EqualTo(expectedYear));
    }

    [Test]
    public void Find_UnknownCurrencyAndUsd_NullAndBase()
    {
        Assert.That(RateTable.Default.Find("JPY", 2024), Is.Null);
        Assert.That(RateTable.Default.Find("USD", 2024)!.PerUsd, Is.EqualTo(1));
    }

    [Test]
    public void Default_EveryCurrency_CoversEveryYearFrom2015To2026()
    {
        foreach (var currency in new[] { "CNY", "EUR", "GBP" })
        {
            var years = RateTable.Default.Rates.Where(r => r.Currency == currency).Select(r => r.Year);
            Assert.That(years, Is.EqualTo(Enumerable.Range(2015, 12)), currency);
        }
    }

    [Test]
    public void With_NonPositiveRate_Throws()
    {
        Assert.That(() => RateTable.Default.With([new ExchangeRate("CNY", 2024, 0, "x")]), Throws.ArgumentException);
    }
}
