using ClaimCheck.Checking.Rules;
using ClaimCheck.Core;
using ClaimCheck.Checking;

namespace ClaimCheck.Tests.Checking;

public class CategoryRuleTests
{
    private static readonly CategoryRule Rule = new();

    [Test]
    public void Check_DifferentValues_Conflict()
    {
        var findings = Rule.Check(Make.Group(Make.Category("a", "loc", "Wuxi"), Make.Category("b", "loc", "Shanghai")), Make.Context()).ToList();

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Conflict));
        Assert.That(findings.Single().Claims, Is.EqualTo(new[] { "a/loc", "b/loc" }));
        Assert.That(findings.Single().Message, Is.EqualTo("Shanghai vs Wuxi: different answers, and neither lies within the other"));
    }

    [Test]
    public void Check_TransitiveWithinOfSubject_AgreementSaysWhy()
    {
        var definition = Make.Definition("s", SubjectKind.Category, within: new Dictionary<string, string> { ["Zhangjiang"] = "Pudong", ["Pudong"] = "Shanghai" });
        var group = Make.Group(definition, Make.Category("a", "loc", "Zhangjiang"), Make.Category("b", "loc", "Shanghai"));

        var findings = Rule.Check(group, Make.Context()).ToList();

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Agreement));
        Assert.That(findings.Single().Message, Is.EqualTo("2 sources agree: Zhangjiang; Zhangjiang lies within Shanghai"));
    }

    [Test]
    public void Check_RegistryWideWithin_Reconciles()
    {
        var registry = Make.Registry(within: new Dictionary<string, string> { ["Minneapolis"] = "Minnesota", ["Minnesota"] = "USA" });
        var group = Make.Group(Make.Category("a", "hq", "Minneapolis"), Make.Category("b", "hq", "USA"));

        var findings = Rule.Check(group, Make.Context(registry)).ToList();

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Agreement));
    }

    [Test]
    public void Check_SiblingsUnderOneParent_Conflict()
    {
        var registry = Make.Registry(within: new Dictionary<string, string> { ["Pudong"] = "Shanghai", ["Minhang"] = "Shanghai" });
        var group = Make.Group(Make.Category("a", "loc", "Pudong"), Make.Category("b", "loc", "Minhang"));

        Assert.That(Rule.Check(group, Make.Context(registry)).Single().Kind, Is.EqualTo(FindingKind.Conflict));
    }

    [Test]
    public void Check_SetValuedSubject_NeverConflicts()
    {
        var group = Make.Group(Make.Definition("s", single: false), Make.Category("a", "p", "Wuxi"), Make.Category("b", "p", "Shanghai"), Make.Category("c", "p", "Wuxi"));

        var findings = Rule.Check(group, Make.Context()).ToList();

        Assert.That(findings.Select(f => f.Kind), Is.EqualTo(new[] { FindingKind.Agreement }));
        Assert.That(findings.Single().Message, Is.EqualTo("2 sources name Wuxi"));
    }

    [Test]
    public void Check_DifferentValuesPlannedAgainstReported_Tension()
    {
        var group = Make.Group(Make.Category("a", "loc", "Wuxi", status: ClaimStatus.Planned), Make.Category("b", "loc", "Shanghai"));

        var finding = Rule.Check(group, Make.Context()).Single();

        Assert.That(finding.Kind, Is.EqualTo(FindingKind.Tension));
        Assert.That(finding.Rule, Is.EqualTo("status"));
    }

    [Test]
    public void Check_ManyClaimsTwoValues_CountsAllPairs()
    {
        var claims = Enumerable.Range(0, 1000).Select(i => Make.Category("s" + i, "loc", i % 2 == 0 ? "Wuxi" : "Shanghai")).ToArray();

        var findings = Rule.Check(Make.Group(claims), Make.Context(cap: 1)).ToList();

        Assert.That(findings.Single().Message, Does.EndWith("(and 249,999 more pairs)"));
    }
}
