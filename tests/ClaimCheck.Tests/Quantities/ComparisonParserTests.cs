using ClaimCheck.Quantities;
using NUnit.Framework;

namespace ClaimCheck.Tests.Quantities;

public class ComparisonParserTests
{
    [TestCase("more-than california.stem-phd-graduates", "more-than", "california.stem-phd-graduates")]
    [TestCase("less-than china.gdp-growth", "less-than", "china.gdp-growth")]
    [TestCase("same-as shanghai.gdp", "same-as", "shanghai.gdp")]
    [TestCase("MORE-THAN a.b", "more-than", "a.b")]
    [TestCase("more than a.b", "more-than", "a.b")]
    [TestCase("  same as  a.b  ", "same-as", "a.b")]
    [TestCase("more-than 2024.gdp", "more-than", "2024.gdp")]
    public void Parse_Operator_GivesOperatorAndKey(string text, string op, string key)
    {
        var comparison = ComparisonParser.Parse(text).Value!;

        Assert.That(comparison.Operator, Is.EqualTo(op));
        Assert.That(comparison.OtherSubject, Is.EqualTo(key));
        Assert.That(comparison.Factor, Is.Null);
    }

    private static IEnumerable<TestCaseData> Factors()
    {
        yield return new TestCaseData("nearly 3x china.gdp-growth", new Interval(2.7, 3, true, false));
        yield return new TestCaseData("almost 3 times china.gdp-growth", new Interval(2.7, 3, true, false));
        yield return new TestCaseData("about 3x china.gdp-growth", Interval.Closed(2.7, 3.3));
        yield return new TestCaseData("over 3x china.gdp-growth", Interval.Above(3));
        yield return new TestCaseData("more than 3x china.gdp-growth", Interval.Above(3));
        yield return new TestCaseData("at least 2x a.b", Interval.AtLeast(2));
        yield return new TestCaseData("under 2x a.b", Interval.Below(2));
        yield return new TestCaseData("up to 2x a.b", Interval.AtMost(2));
        yield return new TestCaseData("3x china.gdp-growth", Interval.Closed(2.5, 3.5));
        yield return new TestCaseData("3.5x a.b", Interval.Closed(3.45, 3.55));
        yield return new TestCaseData("3 times a.b", Interval.Closed(2.5, 3.5));
        yield return new TestCaseData("3 x a.b", Interval.Closed(2.5, 3.5));
        yield return new TestCaseData("3×a.b".Replace("×", "× ", StringComparison.Ordinal), Interval.Closed(2.5, 3.5));
        yield return new TestCaseData("twice a.b", Interval.Closed(1.5, 2.5));
        yield return new TestCaseData("10x a.b", Interval.Closed(9, 11));
    }

    [TestCaseSource(nameof(Factors))]
    public void Parse_Factor_GivesFactorInterval(string text, object expectedArgument)
    {
        var expected = (Interval)expectedArgument; // the type is internal; NUnit test methods are public
        var result = ComparisonParser.Parse(text);

        Assert.That(result.Success, Is.True, result.Error);
        var comparison = result.Value!;
        Assert.That(comparison.Operator, Is.EqualTo("factor"));
        Assert.That(comparison.Factor!.Value.Min, Is.EqualTo(expected.Min).Within(1e-9));
        Assert.That(comparison.Factor.Value.Max, Is.EqualTo(expected.Max).Within(1e-9));
        Assert.That(comparison.Factor.Value.MinInclusive, Is.EqualTo(expected.MinInclusive));
        Assert.That(comparison.Factor.Value.MaxInclusive, Is.EqualTo(expected.MaxInclusive));
    }

    [Test]
    public void Parse_Tolerance_WidensApproximateFactor()
    {
        var factor = ComparisonParser.Parse("about 3x a.b", 0.2).Value!.Factor!.Value;

        Assert.That(factor.Min, Is.EqualTo(2.4).Within(1e-9));
        Assert.That(factor.Max, Is.EqualTo(3.6).Within(1e-9));
    }

    // text, offset of the bad part
    [TestCase("", 0)]
    [TestCase("bigger-than a.b", 0)]
    [TestCase("nearly 0x a.b", 7)]
    [TestCase("nearly a.b", 7)]
    [TestCase("more-than", 9)]
    [TestCase("more-than ", 10)]
    [TestCase("more-than China.gdp", 10)]
    [TestCase("more-than china..gdp", 16)]
    [TestCase("more-than china.gdp.", 20)]
    [TestCase("more-than .gdp", 10)]
    [TestCase("more-than china.-gdp", 16)]
    [TestCase("more-than china_gdp", 15)]
    [TestCase("more-than a.b c.d", 14)]
    [TestCase("3y a.b", 0)]
    [TestCase("3xa.b", 0)]
    public void Parse_Invalid_FailsAtOffset(string text, int offset)
    {
        var result = ComparisonParser.Parse(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Offset, Is.EqualTo(offset), result.Error);
    }
}
