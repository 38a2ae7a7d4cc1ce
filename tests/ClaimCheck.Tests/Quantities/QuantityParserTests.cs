using ClaimCheck.Quantities;
using NUnit.Framework;

namespace ClaimCheck.Tests.Quantities;

public class QuantityParserTests
{
    private const double Inf = double.PositiveInfinity;

    // text, min, max, min inclusive, max inclusive, dimension, canonical unit
    private static readonly object[][] Readings =
    [
        // the contract's qualifier table
        ["over 3,500", 3500d, Inf, false, false, Dimension.Count, ""],
        ["more than 3,500", 3500d, Inf, false, false, Dimension.Count, ""],
        ["above 45%", 45d, Inf, false, false, Dimension.Percent, "%"],
        ["exceeds 200", 200d, Inf, false, false, Dimension.Count, ""],
        ["at least 200", 200d, Inf, true, false, Dimension.Count, ""],
        ["below 45%", -Inf, 45d, false, false, Dimension.Percent, "%"],
        ["under 45%", -Inf, 45d, false, false, Dimension.Percent, "%"],
        ["less than 45 percent", -Inf, 45d, false, false, Dimension.Percent, "%"],
        ["at most 7 nm", -Inf, 7d, false, true, Dimension.Length, "nm"],
        ["up to 7nm", -Inf, 7d, false, true, Dimension.Length, "nm"],
        ["about 100", 90d, 110d, true, true, Dimension.Count, ""],
        ["around 100", 90d, 110d, true, true, Dimension.Count, ""],
        ["approximately 100", 90d, 110d, true, true, Dimension.Count, ""],
        ["roughly 100", 90d, 110d, true, true, Dimension.Count, ""],
        ["some 100", 90d, 110d, true, true, Dimension.Count, ""],
        ["~100", 90d, 110d, true, true, Dimension.Count, ""],
        ["~ 100", 90d, 110d, true, true, Dimension.Count, ""],
        ["nearly 45%", 40.5d, 45d, true, false, Dimension.Percent, "%"],
        ["almost 45%", 40.5d, 45d, true, false, Dimension.Percent, "%"],

        // bare figures: half a unit of the last significant digit
        ["3,500", 3450d, 3550d, true, true, Dimension.Count, ""],
        ["3500", 3450d, 3550d, true, true, Dimension.Count, ""],
        ["7 nm", 6.5d, 7.5d, true, true, Dimension.Length, "nm"],
        ["3nm", 2.5d, 3.5d, true, true, Dimension.Length, "nm"],
        ["2.3", 2.25d, 2.35d, true, true, Dimension.Count, ""],
        ["21.5", 21.45d, 21.55d, true, true, Dimension.Count, ""],
        ["2.30", 2.295d, 2.305d, true, true, Dimension.Count, ""],
        ["12,000", 11500d, 12500d, true, true, Dimension.Count, ""],
        ["21 billion", 20.5e9, 21.5e9, true, true, Dimension.Count, ""],
        ["0", -0.5d, 0.5d, true, true, Dimension.Count, ""],
        ["200", 180d, 220d, true, true, Dimension.Count, ""],
        ["10 nm", 9d, 11d, true, true, Dimension.Length, "nm"],
        ["1,000,000", 900_000d, 1_100_000d, true, true, Dimension.Count, ""],

        // scales
        ["5 thousand", 4500d, 5500d, true, true, Dimension.Count, ""],
        ["5k", 4500d, 5500d, true, true, Dimension.Count, ""],
        ["3 million", 2.5e6, 3.5e6, true, true, Dimension.Count, ""],
        ["3m", 2.5e6, 3.5e6, true, true, Dimension.Count, ""],
        ["3 M", 2.5e6, 3.5e6, true, true, Dimension.Count, ""],
        ["1.5 trillion", 1.45e12, 1.55e12, true, true, Dimension.Count, ""],
        ["over 2 BILLION", 2e9, Inf, false, false, Dimension.Count, ""],

        // units
        ["12 km²", 11.5d, 12.5d, true, true, Dimension.Area, "km²"],
        ["12 km2", 11.5d, 12.5d, true, true, Dimension.Area, "km²"],
        ["12 sq km", 11.5d, 12.5d, true, true, Dimension.Area, "km²"],
        ["12 square kilometres", 11.5d, 12.5d, true, true, Dimension.Area, "km²"],
        ["12 square kilometers", 11.5d, 12.5d, true, true, Dimension.Area, "km²"],
        ["300 hectares", 2.7d, 3.3d, true, true, Dimension.Area, "km²"],
        ["45 per cent", 44.5d, 45.5d, true, true, Dimension.Percent, "%"],
        ["-3%", -3.5d, -2.5d, true, true, Dimension.Percent, "%"],
        ["2 µm", 1500d, 2500d, true, true, Dimension.Length, "nm"],
        ["7 nanometres", 6.5d, 7.5d, true, true, Dimension.Length, "nm"],

        // ranges share their scale and unit
        ["20-25", 19.5d, 25.5d, true, true, Dimension.Count, ""],
        ["20 to 25 nm", 19.5d, 25.5d, true, true, Dimension.Length, "nm"],
        ["between 20 and 25 km²", 19.5d, 25.5d, true, true, Dimension.Area, "km²"],
        ["20–25%", 19.5d, 25.5d, true, true, Dimension.Percent, "%"],
        ["about 20-25", 18d, 27.5d, true, true, Dimension.Count, ""],
        ["$20-25 billion", 19.5e9, 25.5e9, true, true, Dimension.Currency, "USD"],
        ["between $20 and $25 billion", 19.5e9, 25.5e9, true, true, Dimension.Currency, "USD"],
        ["-5 to -3%", -5.5d, -2.5d, true, true, Dimension.Percent, "%"],

        // money in dollars needs no conversion
        ["$21 billion", 20.5e9, 21.5e9, true, true, Dimension.Currency, "USD"],
        ["US$21bn", 20.5e9, 21.5e9, true, true, Dimension.Currency, "USD"],
        ["21 billion USD", 20.5e9, 21.5e9, true, true, Dimension.Currency, "USD"],
        ["USD 21 billion", 20.5e9, 21.5e9, true, true, Dimension.Currency, "USD"],
        ["21 billion dollars", 20.5e9, 21.5e9, true, true, Dimension.Currency, "USD"],
        ["over $5m", 5e6, Inf, false, false, Dimension.Currency, "USD"],
        ["  $5m  ", 4.5e6, 5.5e6, true, true, Dimension.Currency, "USD"],

        // further wordings the docs list
        ["approx. 100", 90d, 110d, true, true, Dimension.Count, ""],
        ["circa 100", 90d, 110d, true, true, Dimension.Count, ""],
        ["just under 50%", 45d, 50d, true, false, Dimension.Percent, "%"],
        ["no more than 5", -Inf, 5d, false, true, Dimension.Count, ""],
        ["no fewer than 5", 5d, Inf, true, false, Dimension.Count, ""],
        ["fewer than 5", -Inf, 5d, false, false, Dimension.Count, ""],
        ["in excess of 5", 5d, Inf, false, false, Dimension.Count, ""],
        ["5 sq. km", 4.5d, 5.5d, true, true, Dimension.Area, "km²"],
        ["5 ha", 0.045d, 0.055d, true, true, Dimension.Area, "km²"],
        ["5 mm", 4.5e6, 5.5e6, true, true, Dimension.Length, "nm"],
        ["ABOUT 100 PERCENT", 90d, 110d, true, true, Dimension.Percent, "%"],
        ["+5%", 4.5d, 5.5d, true, true, Dimension.Percent, "%"],
    ];

    private static IEnumerable<TestCaseData> ReadingCases() =>
        Readings.Select(r => new TestCaseData(r).SetArgDisplayNames((string)r[0]));

    [TestCaseSource(nameof(ReadingCases))]
    public void Parse_ContractWording_GivesInterval(string text, double min, double max, bool minInclusive, bool maxInclusive, object dimensionArgument, string unit)
    {
        var dimension = (Dimension)dimensionArgument; // the parameter type is internal, and NUnit test methods are public
        var result = QuantityParser.Parse(text);

        Assert.That(result.Success, Is.True, result.Error);
        var quantity = result.Value!;
        Assert.Multiple(() =>
        {
            AssertClose(quantity.Interval.Min, min);
            AssertClose(quantity.Interval.Max, max);
            Assert.That(quantity.Interval.MinInclusive, Is.EqualTo(minInclusive));
            Assert.That(quantity.Interval.MaxInclusive, Is.EqualTo(maxInclusive));
            Assert.That(quantity.Dimension, Is.EqualTo(dimension));
            Assert.That(quantity.Unit, Is.EqualTo(unit));
            Assert.That(quantity.Text, Is.EqualTo(text));
        });
    }

    [TestCase("over 3,500 companies", "companies", null)]
    [TestCase("12,000 EVs weekly", "EVs", "week")]
    [TestCase("3 million people per year", "people", "year")]
    [TestCase("5 million electric vehicles a year", "electric vehicles", "year")]
    [TestCase("50 qubits", "qubits", null)]
    [TestCase("$5 billion annually", null, "year")]
    [TestCase("200 startups per month", "startups", "month")]
    [TestCase("300 a day", null, "day")]
    [TestCase("300 daily", null, "day")]
    [TestCase("20 to 30 startups", "startups", null)]
    [TestCase("7 nm", null, null)]
    public void Parse_CountedNounsAndRates_KeepsLabelAndPer(string text, string? label, string? per)
    {
        var quantity = QuantityParser.Parse(text).Value;

        Assert.That(quantity, Is.Not.Null);
        Assert.That(quantity!.Label, Is.EqualTo(label));
        Assert.That(quantity.Per, Is.EqualTo(per));
    }

    [TestCase("3,500", 3500)]
    [TestCase("over 3,500", 3500)]
    [TestCase("nearly 45%", 45)]
    [TestCase("20-30", 25)]
    [TestCase("21 billion", 21e9)]
    [TestCase("2 µm", 2000)]
    public void Parse_Figure_IsStatedValueOrRangeMidpoint(string text, double figure)
    {
        var quantity = QuantityParser.Parse(text).Value;

        Assert.That(quantity!.Figure, Is.EqualTo(figure).Within(1e-9).Percent);
    }

    [TestCase("about 100", 0.05, 95, 105)]
    [TestCase("nearly 100", 0.05, 95, 100)]
    [TestCase("about 100", 0.0, 100, 100)]
    [TestCase("200", 0.01, 198, 202)]
    [TestCase("201", 0.01, 200.5, 201.5)]
    [TestCase("3,500", 0.2, 3450, 3550)]
    public void Parse_RegistryTolerance_WidensOrNarrowsApproximateWording(string text, double tolerance, double min, double max)
    {
        var interval = QuantityParser.Parse(text, new QuantityOptions(Tolerance: tolerance)).Value!.Interval;

        Assert.That(interval.Min, Is.EqualTo(min).Within(1e-9));
        Assert.That(interval.Max, Is.EqualTo(max).Within(1e-9));
    }

    // text, offset of the first unreadable character
    [TestCase("", 0)]
    [TestCase("   ", 0)]
    [TestCase("Wuxi", 0)]
    [TestCase("Shanghai", 0)]
    [TestCase("3x", 1)]
    [TestCase("3 x", 2)]
    [TestCase("1e400", 0)]
    [TestCase("$$5", 1)]
    [TestCase("3,50", 1)]
    [TestCase("3500,000", 4)]
    [TestCase("over", 4)]
    [TestCase("over tree", 5)]
    [TestCase("about 5 nm wide", 11)]
    [TestCase("$5 billion revenue", 11)]
    [TestCase("5 nm and more", 5)]
    [TestCase("between 5 nm", 12)]
    [TestCase("25-20", 3)]
    [TestCase("5 nm - 3%", 7)]
    [TestCase("over 20-25", 0)]
    [TestCase("$5 EUR", 3)]
    [TestCase("$5 %", 3)]
    [TestCase("٣٥", 0)]
    [TestCase("3.", 1)]
    [TestCase("5 companies in Shanghai", 12)]
    [TestCase("about about 5", 6)]
    [TestCase("nearly 0", 0)]
    [TestCase("almost 0 companies", 0)]
    [TestCase("seven-ish", 6)]
    [TestCase("40-odd", 3)]
    [TestCase("3-fold", 2)]
    [TestCase("5 years older", 8)]
    [TestCase("5 nm old", 5)]
    public void Parse_UnreadableText_FailsAtOffset(string text, int offset)
    {
        var result = QuantityParser.Parse(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Offset, Is.EqualTo(offset), result.Error);
        Assert.That(result.Error, Is.Not.Empty);
    }

    [Test]
    public void Parse_HugeDigitString_FailsInsteadOfInfinity()
    {
        var result = QuantityParser.Parse(new string('9', 400));

        Assert.That(result.Success, Is.False);
        Assert.That(result.Offset, Is.Zero);
    }

    [Test]
    public void Parse_HugeFigureTimesScale_StaysFiniteOrFails()
    {
        var result = QuantityParser.Parse("1" + new string('0', 300) + " trillion");

        Assert.That(!result.Success || double.IsFinite(result.Value!.Figure), Is.True);
    }

    [TestCase("7 nm", true)]
    [TestCase("over ¥150 billion", true)]
    [TestCase("Wuxi", false)]
    [TestCase("Zhangjiang Science City", false)]
    [TestCase("", false)]
    public void LooksLikeQuantity_Value_TellsQuantityFromCategory(string text, bool expected)
    {
        Assert.That(QuantityParser.LooksLikeQuantity(text), Is.EqualTo(expected));
    }

    internal static void AssertClose(double actual, double expected)
    {
        if (double.IsInfinity(expected))
            Assert.That(actual, Is.EqualTo(expected));
        else
            Assert.That(actual, Is.EqualTo(expected).Within(1e-9 * Math.Max(1, Math.Abs(expected))));
    }
}
