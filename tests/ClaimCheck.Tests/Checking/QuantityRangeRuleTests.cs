using ClaimCheck.Checking.Rules;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using NUnit.Framework;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Tests.Checking;

public class QuantityRangeRuleTests
{
    private static readonly QuantityRangeRule Rule = new();

    private static List<Finding> Check(params CheckedClaim[] claims) =>
        [.. Rule.Check(Make.Group(claims), Make.Context())];

    [Test]
    public void Check_DisjointRangesSamePeriod_ConflictNamingBothClaims()
    {
        var findings = Check(Make.Exact("a", "node", 3, "3 nm"), Make.Exact("b", "node", 7, "7 nm"));

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Kind, Is.EqualTo(FindingKind.Conflict));
        Assert.That(findings[0].Rule, Is.EqualTo("quantity"));
        Assert.That(findings[0].Claims, Is.EqualTo(new[] { "a/node", "b/node" }));
        Assert.That(findings[0].Message, Is.EqualTo("3 nm vs 7 nm: the ranges do not overlap"));
    }

    [Test]
    public void Check_DisjointRangesInDifferentYears_NoConflict()
    {
        var findings = Check(Make.Exact("a", "n", 3, period: Make.Year(2023)), Make.Exact("b", "n", 7, period: Make.Year(2024)));

        Assert.That(findings.Where(f => f.Kind != FindingKind.Agreement), Is.Empty);
    }

    [Test]
    public void Check_UnresolvedPeriod_TensionThatSaysSo()
    {
        var findings = Check(Make.Exact("a", "n", 3, "3 nm", Make.Unresolved("last year")), Make.Exact("b", "n", 7, "7 nm"));

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Kind, Is.EqualTo(FindingKind.Tension));
        Assert.That(findings[0].Rule, Is.EqualTo("period"));
        Assert.That(findings[0].Message, Does.StartWith("3 nm vs 7 nm: the ranges do not overlap, but they may speak of different times"));
        Assert.That(findings[0].Message, Does.Contain("'last year' of a/n"));
    }

    [Test]
    public void Check_TwoUndatedPresents_Conflict()
    {
        var findings = Check(Make.Exact("a", "n", 3, period: Make.Undated), Make.Exact("b", "n", 7, period: Make.Undated));

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Conflict));
    }

    [Test]
    public void Check_UnresolvedPeriodWithAgreeingValues_Agreement()
    {
        var findings = Check(Make.Exact("a", "n", 7, period: Make.Unresolved("last year")), Make.Exact("b", "n", 7));

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Agreement));
    }

    [Test]
    public void Check_PlannedAgainstReported_TensionNeverConflict()
    {
        var findings = Check(Make.Exact("a", "n", 3, "3 nm", status: ClaimStatus.Planned), Make.Exact("b", "n", 7, "7 nm"));

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Tension));
        Assert.That(findings.Single().Rule, Is.EqualTo("status"));
        Assert.That(findings.Single().Message, Does.EndWith("but a/n is planned, not a report of fact"));
    }

    [Test]
    public void Check_OneSourceContradictsItself_ConflictSaysSameArticle()
    {
        var findings = Check(Make.Exact("a", "first", 3), Make.Exact("a", "second", 7));

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Conflict));
        Assert.That(findings.Single().Claims, Is.EqualTo(new[] { "a/first", "a/second" }));
        Assert.That(findings.Single().Message, Does.EndWith("(all in the same article)"));
    }

    [Test]
    public void Check_UpperBoundMetByExactFigure_Agreement()
    {
        var below = Make.Quantity("a", "share", Interval.Below(45), "below 45%", unit: "%", dimension: Dimension.Percent);
        var exact = Make.Quantity("b", "share", Interval.Closed(39.5, 40.5), "40%", unit: "%", dimension: Dimension.Percent);

        var findings = Check(below, exact);

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Agreement));
        Assert.That(findings.Single().Message, Is.EqualTo("2 sources agree: below 45%; 40%; the figures meet the bounds"));
    }

    [Test]
    public void Check_ConvertedCurrency_AgreementNamesTheRate()
    {
        var rate = new ExchangeRate("CNY", 2024, 7.19, "built-in");
        var yuan = Make.Quantity("a", "out", Interval.Closed(149.5e9 / 7.19, 150.5e9 / 7.19), "¥150 billion", unit: "USD", dimension: Dimension.Currency, figure: 150e9 / 7.19, rate: rate);
        var dollars = Make.Quantity("b", "out", Interval.Closed(20.85e9, 20.95e9), "$20.9 billion", unit: "USD", dimension: Dimension.Currency, figure: 20.9e9);

        var findings = Check(yuan, dollars);

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Agreement));
        Assert.That(findings.Single().Message, Does.Contain("¥150 billion ≈ $20.9 billion at 7.19 CNY per USD (2024)"));
        Assert.That(findings.Single().Message, Does.EndWith("the figures differ only within rounding or the wording's margin"));
    }

    [Test]
    public void Check_SetValuedSubject_NoFindings()
    {
        var group = Make.Group(Make.Definition("s", single: false), Make.Exact("a", "n", 3), Make.Exact("b", "n", 7));

        Assert.That(Rule.Check(group, Make.Context()), Is.Empty);
    }

    [Test]
    public void Check_MoreDisjointPairsThanCap_ListsCapAndCountsTheRest()
    {
        var claims = Enumerable.Range(0, 5).Select(i => Make.Exact("low", "c" + i, 3))
            .Concat(Enumerable.Range(0, 5).Select(i => Make.Exact("high", "c" + i, 7)))
            .ToArray();

        var findings = Rule.Check(Make.Group(claims), Make.Context(cap: 3)).ToList();

        Assert.That(findings, Has.Count.EqualTo(3));
        Assert.That(findings[^1].Message, Does.EndWith("(and 22 more pairs)"));
    }

    [Test]
    public void Check_HundredThousandClaimsOnOneSubject_CountsEveryDisjointPair()
    {
        var claims = Enumerable.Range(0, 100_000)
            .Select(i => Make.Exact("s" + (i % 50), "c" + i, i % 2 == 0 ? 3 : 7))
            .ToArray();

        var findings = Rule.Check(Make.Group(claims), Make.Context()).ToList();

        Assert.That(findings, Has.Count.EqualTo(20));
        Assert.That(findings, Has.All.Property(nameof(Finding.Kind)).EqualTo(FindingKind.Conflict));
        Assert.That(findings[^1].Message, Does.EndWith("(and 2,499,999,980 more pairs)"));
    }

    [Test]
    public void Check_HundredThousandAgreeingClaims_OneAgreementNamingAll()
    {
        var claims = Enumerable.Range(0, 100_000).Select(i => Make.Exact("s" + (i % 7), "c" + i, 7)).ToArray();

        var findings = Rule.Check(Make.Group(claims), Make.Context()).ToList();

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.Agreement));
        Assert.That(findings.Single().Claims, Has.Length.EqualTo(100_000));
        Assert.That(findings.Single().Message, Does.StartWith("7 sources agree"));
    }
}
