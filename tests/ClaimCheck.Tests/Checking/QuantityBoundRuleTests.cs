using ClaimCheck.Checking.Rules;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Normalisation;
using ClaimCheck.Checking;

namespace ClaimCheck.Tests.Checking;

public class QuantityBoundRuleTests
{
    private static readonly QuantityBoundRule Rule = new();

    private static CheckedClaim Over(string source, double x) =>
        Make.Quantity(source, "n", Interval.Above(x), "over " + x.ToString(System.Globalization.CultureInfo.InvariantCulture), unit: "", dimension: Dimension.Count, figure: x);

    [Test]
    public void Check_LowerBoundsFarApart_TensionWithBothFigures()
    {
        var findings = Rule.Check(Make.Group(Over("a", 200), Over("b", 300)), Make.Context()).ToList();

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Kind, Is.EqualTo(FindingKind.Tension));
        Assert.That(findings[0].Claims, Is.EqualTo(new[] { "a/n", "b/n" }));
        Assert.That(findings[0].Message, Does.StartWith("over 200 vs over 300: both can be true, but each suggests a different figure"));
    }

    [Test]
    public void Check_LowerBoundsWithinTolerance_NoTension()
    {
        Assert.That(Rule.Check(Make.Group(Over("a", 200), Over("b", 210)), Make.Context()), Is.Empty);
    }

    [Test]
    public void Check_RegistryWidensTolerance_NoTension()
    {
        var group = Make.Group(Make.Definition("s", tolerance: 0.5), Over("a", 200), Over("b", 300));

        Assert.That(Rule.Check(group, Make.Context()), Is.Empty);
    }

    [Test]
    public void Check_UpperBoundsFarApart_Tension()
    {
        var a = Make.Quantity("a", "n", Interval.Below(45), "below 45%", unit: "%", dimension: Dimension.Percent, figure: 45);
        var b = Make.Quantity("b", "n", Interval.Below(30), "under 30%", unit: "%", dimension: Dimension.Percent, figure: 30);

        Assert.That(Rule.Check(Make.Group(a, b), Make.Context()).Single().Kind, Is.EqualTo(FindingKind.Tension));
    }

    [Test]
    public void Check_BoundsInDifferentYears_NoTension()
    {
        var a = Make.Quantity("a", "n", Interval.Above(200), "over 200", period: Make.Year(2020), unit: "", dimension: Dimension.Count, figure: 200);
        var b = Make.Quantity("b", "n", Interval.Above(300), "over 300", period: Make.Year(2024), unit: "", dimension: Dimension.Count, figure: 300);

        Assert.That(Rule.Check(Make.Group(a, b), Make.Context()), Is.Empty);
    }
}
