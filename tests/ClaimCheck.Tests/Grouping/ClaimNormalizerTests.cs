using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Tests.Checking;

namespace ClaimCheck.Tests.Grouping;

public class ClaimNormalizerTests
{
    private static readonly DateOnly Published = new(2025, 3, 10);

    private static NormalizedClaims Normalize(Registry registry, params Claim[] claims) =>
        ClaimNormalizer.Normalize(Make.Corpus(claims.Select(c => c.SourceId).Distinct().Select(s => Make.Source(s, Published)), claims, registry));

    [Test]
    public void Normalize_AliasKey_ResolvedToCanonical()
    {
        var registry = Make.Registry([Make.Definition("smic.leading-node", aliases: ["smic.node"])]);

        var result = Normalize(registry, Make.Claim("a", "n", "smic.node", value: "7 nm"));

        Assert.That(result.Claims.Single().SubjectKey, Is.EqualTo("smic.leading-node"));
        Assert.That(result.Claims.Single().Quantity!.Interval.Min, Is.EqualTo(6.5));
        Assert.That(result.Diagnostics, Is.Empty);
    }

    [Test]
    public void Normalize_QuantitySubjectWithWords_CC0301AtTheValue()
    {
        var registry = Make.Registry([Make.Definition("s", SubjectKind.Quantity)]);

        var result = Normalize(registry, Make.Claim("a", "n", "s", value: "umpteen"));

        var d = result.Diagnostics.Single();
        Assert.That(d.Code, Is.EqualTo("CC0301"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Error));
        Assert.That(d.Position.Line, Is.EqualTo(3));
        Assert.That(d.Position.Column, Is.GreaterThanOrEqualTo(12));
        Assert.That(result.Claims.Single().Quantity, Is.Null);
    }

    [Test]
    public void Normalize_InferredWords_Category()
    {
        var result = Normalize(Registry.Empty, Make.Claim("a", "n", "s", value: "Wuxi"));

        Assert.That(result.Claims.Single().Category, Is.EqualTo("Wuxi"));
        Assert.That(result.Diagnostics, Is.Empty);
    }

    [Test]
    public void Normalize_SameSynonym_AppliedToCategory()
    {
        var registry = Make.Registry([Make.Definition("s", SubjectKind.Category, same: new Dictionary<string, string> { ["Zhangjiang Science City"] = "Zhangjiang" })]);

        var result = Normalize(registry, Make.Claim("a", "n", "s", value: "zhangjiang science city"));

        Assert.That(result.Claims.Single().Category, Is.EqualTo("Zhangjiang"));
    }

    [Test]
    public void Normalize_BadPeriod_CC0302AndPeriodMayOverlapAnything()
    {
        var result = Normalize(Registry.Empty, Make.Claim("a", "n", "s", value: "7 nm", period: "the olden days"));

        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo("CC0302"));
        Assert.That(result.Diagnostics.Single().Position.Line, Is.EqualTo(4));
        Assert.That(result.Claims.Single().Period.State, Is.EqualTo(PeriodState.Unresolved));
    }

    [Test]
    public void Normalize_RelativePeriod_ResolvedAgainstPublished()
    {
        var result = Normalize(Registry.Empty, Make.Claim("a", "n", "s", value: "7 nm", period: "last year"));

        Assert.That(result.Claims.Single().Period.Start, Is.EqualTo(new DateOnly(2024, 1, 1)));
    }

    [Test]
    public void Normalize_BadComparison_CC0303()
    {
        var result = Normalize(Registry.Empty, Make.Claim("a", "n", "s", compare: "bigger than t"), Make.Claim("b", "n", "t", value: "5"));

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CC0303" }));
        Assert.That(result.Claims[0].Comparison, Is.Null);
    }

    [Test]
    public void Normalize_ComparisonWithAlias_OtherSubjectResolved()
    {
        var registry = Make.Registry([Make.Definition("california.phds", aliases: ["ca.phds"])]);

        var result = Normalize(registry, Make.Claim("a", "n", "s", compare: "more-than ca.phds"), Make.Claim("b", "n", "california.phds", value: "5,000"));

        Assert.That(result.Claims[0].Comparison!.OtherSubject, Is.EqualTo("california.phds"));
        Assert.That(result.Diagnostics, Is.Empty);
    }

    [Test]
    public void Normalize_ComparisonWithNearMissOfKnownSubject_CC0304WarningWithSuggestion()
    {
        var result = Normalize(Registry.Empty,
            Make.Claim("a", "n", "shanghai.phds", compare: "more-than califrnia.phds"),
            Make.Claim("b", "n", "california.phds", value: "100"));

        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo("CC0304"));
        Assert.That(result.Diagnostics.Single().Severity, Is.EqualTo(Severity.Warning));
        Assert.That(result.Diagnostics.Single().Message, Does.Contain("did you mean 'california.phds'?"));
    }

    [Test]
    public void Normalize_ComparisonWithBaselineNobodyGivesFiguresFor_NoDiagnostic()
    {
        var result = Normalize(Registry.Empty, Make.Claim("a", "n", "shanghai.phds", compare: "more-than uk.stem-phds"));

        Assert.That(result.Diagnostics, Is.Empty);
    }

    [Test]
    public void Normalize_IncompatibleDimensions_CC0305OnTheMinority()
    {
        var result = Normalize(Registry.Empty,
            Make.Claim("a", "n", "s", value: "7 nm"), Make.Claim("b", "n", "s", value: "5 nm"), Make.Claim("c", "n", "s", value: "40%"));

        var d = result.Diagnostics.Single();
        Assert.That(d.Code, Is.EqualTo("CC0305"));
        Assert.That(d.Position.File, Is.EqualTo("claims/c.yaml"));
    }

    [Test]
    public void Normalize_QuantitiesAndCategoriesMixed_CC0306()
    {
        var result = Normalize(Registry.Empty,
            Make.Claim("a", "n", "s", value: "7 nm"), Make.Claim("b", "n", "s", value: "5 nm"), Make.Claim("c", "n", "s", value: "seven-ish"));

        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo("CC0306"));
    }

    [Test]
    public void Normalize_YuanInPeriodYear_ConvertedAtThatYearsRegistryRate()
    {
        var registry = Make.Registry(rates: [new ExchangeRate("CNY", 2024, 7.19, "registry.yaml"), new ExchangeRate("CNY", 2023, 7.0, "registry.yaml")]);

        var result = Normalize(registry, Make.Claim("a", "n", "s", value: "¥150 billion", period: "2024"));

        var q = result.Claims.Single().Quantity!;
        Assert.That(q.Unit, Is.EqualTo("USD"));
        Assert.That(q.Rate!.Year, Is.EqualTo(2024));
        Assert.That(q.Figure, Is.EqualTo(150e9 / 7.19).Within(1e3));
    }
}
