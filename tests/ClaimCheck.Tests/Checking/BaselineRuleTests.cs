using ClaimCheck.Checking.Rules;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Checking;

namespace ClaimCheck.Tests.Checking;

public class BaselineRuleTests
{
    private static readonly BaselineRule Rule = new();

    [Test]
    public void Check_TwoBaselinesWithoutFigures_TensionNamingBoth()
    {
        var group = Make.Group(Make.Compare("a", "c1", "more-than", "california"), Make.Compare("b", "c2", "factor", "china", Interval.Closed(2.7, 3.3)));

        var finding = Rule.Check(group, Make.Context(null, 20, group)).Single();

        Assert.That(finding.Kind, Is.EqualTo(FindingKind.Tension));
        Assert.That(finding.Claims, Is.EqualTo(new[] { "a/c1", "b/c2" }));
        Assert.That(finding.Message, Is.EqualTo("different baselines: s is compared with california (a/c1), china (b/c2), and no claim gives the figures to check them"));
    }

    [Test]
    public void Check_SameBaselineTwice_NoFinding()
    {
        var group = Make.Group(Make.Compare("a", "c1", "more-than", "california"), Make.Compare("b", "c2", "more-than", "california"));

        Assert.That(Rule.Check(group, Make.Context(null, 20, group)), Is.Empty);
    }

    [Test]
    public void Check_OneBaselineHasFigures_NoFinding()
    {
        var own = Make.Exact("c", "v", 10, subject: "s");
        var group = Make.Group(Make.Compare("a", "c1", "more-than", "california"), Make.Compare("b", "c2", "more-than", "china"), own);
        var china = Make.Group(Make.Exact("d", "v", 5, subject: "china"));

        Assert.That(Rule.Check(group, Make.Context(null, 20, group, china)), Is.Empty);
    }
}
