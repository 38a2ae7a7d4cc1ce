using ClaimCheck.Checking.Rules;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Tests.Checking;

public class ComparisonRuleTests
{
    private static readonly ComparisonRule Rule = new();

    private static CheckedClaim Value(string source, string subject, double value) =>
        Make.Quantity(source, "v", Interval.Closed(value - 0.5, value + 0.5), value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            subject: subject, unit: "", dimension: Dimension.Count, figure: value);

    private static List<Finding> Run(CheckedClaim comparison, params CheckedClaim[] values)
    {
        var own = Make.Group([comparison, .. values.Where(v => v.SubjectKey == comparison.SubjectKey)]);
        var other = values.Where(v => v.SubjectKey != comparison.SubjectKey).ToArray();
        var groups = other.Length == 0 ? new[] { own } : [own, Make.Group(other)];
        return [.. Rule.Check(own, Make.Context(null, 20, groups))];
    }

    [Test]
    public void Check_MoreThanButBelowOther_ConflictNamingAllThreeClaims()
    {
        var findings = Run(Make.Compare("a", "cmp", "more-than", "ca"), Value("b", "s", 100), Value("c", "ca", 300));

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Conflict));
        Assert.That(findings.Single().Claims, Is.EqualTo(new[] { "a/cmp", "b/v", "c/v" }));
        Assert.That(findings.Single().Message, Is.EqualTo("'more-than ca' does not hold: 100 for s against 300 for ca"));
    }

    [Test]
    public void Check_MoreThanBorneOut_Agreement()
    {
        var findings = Run(Make.Compare("a", "cmp", "more-than", "ca"), Value("b", "s", 500), Value("c", "ca", 300));

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Agreement));
        Assert.That(findings.Single().Message, Is.EqualTo("'more-than ca' holds: 500 for s against 300 for ca"));
    }

    [Test]
    public void Check_LessThanButAbove_Conflict()
    {
        var findings = Run(Make.Compare("a", "cmp", "less-than", "ca"), Value("b", "s", 500), Value("c", "ca", 300));

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Conflict));
    }

    [Test]
    public void Check_FactorOutsideIntervalQuotient_Conflict()
    {
        var nearly3x = new Interval(2.7, 3, true, false);

        var findings = Run(Make.Compare("a", "cmp", "factor", "gdp", nearly3x, text: "nearly 3x gdp"), Value("b", "s", 12), Value("c", "gdp", 2));

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Conflict));
        Assert.That(findings.Single().Message, Does.StartWith("'nearly 3x gdp' does not hold: 12 for s against 2 for gdp"));
    }

    [Test]
    public void Check_FactorWithinIntervalQuotient_Agreement()
    {
        var about3x = Interval.Closed(2.7, 3.3);

        var findings = Run(Make.Compare("a", "cmp", "factor", "gdp", about3x), Value("b", "s", 15), Value("c", "gdp", 5));

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Agreement));
    }

    [Test]
    public void Check_NoFiguresForOther_NoFinding()
    {
        Assert.That(Run(Make.Compare("a", "cmp", "more-than", "ca"), Value("b", "s", 100)), Is.Empty);
    }

    [Test]
    public void Check_OtherFiguresInAnotherYear_NoFinding()
    {
        var other = Make.Quantity("c", "v", Interval.Closed(299.5, 300.5), "300", Make.Year(2019), subject: "ca", unit: "", dimension: Dimension.Count);

        Assert.That(Run(Make.Compare("a", "cmp", "more-than", "ca"), Value("b", "s", 100), other), Is.Empty);
    }
}
