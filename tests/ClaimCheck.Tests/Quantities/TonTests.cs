using ClaimCheck.Loading;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Quantities;

/// <summary>
/// A bare "ton" may be the metric tonne (1,000 kg), the US short ton (907.18474 kg) or the British long ton
/// (1,016.0469088 kg), and an article rarely says which: its figures span all three. "tonne", "metric ton",
/// "short ton" and "long ton" name one unit and read exactly.
/// </summary>
public class TonTests
{
    private const double Short = 907.18474; // kg
    private const double Long = 1016.0469088; // kg
    private const double Inf = double.PositiveInfinity;

    // text, min, max (kg, the canonical mass unit); 400,000 is a round figure, widened by the 10% tolerance
    [TestCase("400,000 tons", 360_000 * Short, 440_000 * Long)]
    [TestCase("400,000 Tons", 360_000 * Short, 440_000 * Long)]
    [TestCase("400,000-ton", 360_000 * Short, 440_000 * Long)]
    [TestCase("1 ton", 0.5 * Short, 1.5 * Long)]
    [TestCase("5.5 tons", 5.45 * Short, 5.55 * Long)]
    [TestCase("about 5 tons", 4.5 * Short, 5.5 * Long)]
    [TestCase("5-6 tons", 4.5 * Short, 6.5 * Long)]
    [TestCase("more than 400,000 tons", 400_000 * Short, Inf)]
    [TestCase("up to 5 tons", double.NegativeInfinity, 5 * Long)]
    [TestCase("400,000 tonnes", 360_000e3, 440_000e3)]
    [TestCase("400,000 tonne", 360_000e3, 440_000e3)]
    [TestCase("400,000 metric tons", 360_000e3, 440_000e3)]
    [TestCase("400,000 metric ton", 360_000e3, 440_000e3)]
    [TestCase("400,000 short tons", 360_000 * Short, 440_000 * Short)]
    [TestCase("400,000 short ton", 360_000 * Short, 440_000 * Short)]
    [TestCase("400,000 long tons", 360_000 * Long, 440_000 * Long)]
    [TestCase("400,000 long ton", 360_000 * Long, 440_000 * Long)]
    public void Parse_Tons_SpansTheUnitsTheSpellingMayMean(string text, double min, double max)
    {
        var result = QuantityParser.Parse(text);

        Assert.That(result.Success, Is.True, result.Error);
        var q = result.Value!;
        Assert.Multiple(() =>
        {
            Assert.That(q.Dimension, Is.EqualTo(Dimension.Mass));
            Assert.That(q.Unit, Is.EqualTo("kg"));
            Assert.That(q.Interval.Min, Is.EqualTo(min).Within(Math.Abs(min) * 1e-12));
            Assert.That(q.Interval.Max, Is.EqualTo(max).Within(Math.Abs(max) * 1e-12));
        });
    }

    [Test]
    public void Parse_Tons_InARegistryUnitOfTonnes_MeetsTheSameFigureInTonnes()
    {
        var tons = QuantityParser.Parse("400,000 tons", new QuantityOptions(TargetUnit: "t")).Value!;
        var tonnes = QuantityParser.Parse("400,000 tonnes", new QuantityOptions(TargetUnit: "t")).Value!;

        Assert.Multiple(() =>
        {
            Assert.That(tons.Unit, Is.EqualTo("t"));
            Assert.That(tons.Interval.Min, Is.EqualTo(326_586.5064).Within(1e-6));
            Assert.That(tons.Interval.Max, Is.EqualTo(447_060.639872).Within(1e-6));
            Assert.That(tons.Interval.Overlaps(tonnes.Interval), "400,000 tons agrees with 400,000 tonnes");
            Assert.That(tons.Interval.Contains(tonnes.Figure));
        });
    }

    [Test]
    public void Parse_Tons_StatedFigureIsTheMiddleOfTheShortAndLongTon() =>
        Assert.That(QuantityParser.Parse("2 tons").Value!.Figure, Is.EqualTo(Short + Long).Within(1e-9));

    [Test]
    public void Parse_Tons_SaysWhatTheUnitMayMean_AndOneKindOfTonDoesNot() =>
        Assert.Multiple(() =>
        {
            Assert.That(QuantityParser.Parse("400,000 tons").Value!.UnitMeanings, Is.EqualTo("a ton may be short, metric or long"));
            Assert.That(QuantityParser.Parse("400,000 tonnes").Value!.UnitMeanings, Is.Null);
            Assert.That(QuantityParser.Parse("400,000 short tons").Value!.UnitMeanings, Is.Null);
        });

    [TestCase("tons")]
    [TestCase("ton")]
    public void RegistryUnit_Tons_IsRefused_NamingTheUnitsItMayMean(string unit) =>
        Assert.Multiple(() =>
        {
            Assert.That(RegistryValidator.IsKnownUnit(unit), Is.False, "a subject's unit must be one unit");
            Assert.That(RegistryValidator.UnknownUnitMessage(unit), Does.Contain("short ton").And.Contain("long ton").And.Contain("tonnes"));
        });

    [TestCase("tonnes")]
    [TestCase("t")]
    [TestCase("short tons")]
    [TestCase("long tons")]
    [TestCase("metric tons")]
    public void RegistryUnit_OneKindOfTon_IsKnown(string unit) => Assert.That(RegistryValidator.IsKnownUnit(unit), Is.True);
}
