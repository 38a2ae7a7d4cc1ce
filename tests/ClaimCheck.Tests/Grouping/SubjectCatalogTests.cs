using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Tests.Checking;

namespace ClaimCheck.Tests.Grouping;

public class SubjectCatalogTests
{
    private static SubjectCatalog Build(Registry registry, params Claim[] claims) =>
        SubjectCatalog.Build(Make.Corpus(claims.Select(c => c.SourceId).Distinct().Select(s => Make.Source(s)), claims, registry));

    [Test]
    public void Build_AliasesAndSources_CountedUnderCanonicalKey()
    {
        var registry = Make.Registry([Make.Definition("smic.leading-node", label: "SMIC's node", aliases: ["smic.node"])]);

        var catalog = Build(registry,
            Make.Claim("a", "n", "smic.node", value: "7 nm"), Make.Claim("b", "n", "smic.leading-node", value: "7 nm"), Make.Claim("b", "m", "smic.leading-node", value: "5 nm"));

        Assert.That(catalog.Subjects.Single(), Is.EqualTo(new SubjectRow("smic.leading-node", "SMIC's node", 3, 2, true)));
    }

    [Test]
    public void Build_KeysOneEditApart_Suggested()
    {
        var catalog = Build(Registry.Empty, Make.Claim("a", "n", "shanghai.stem-phds", value: "5"), Make.Claim("b", "n", "shanghai.stem-phd", value: "6"));

        var suggestion = catalog.Suggestions.Single();
        Assert.That((suggestion.First, suggestion.Second), Is.EqualTo(("shanghai.stem-phd", "shanghai.stem-phds")));
        Assert.That(suggestion.Reason, Is.EqualTo("the keys differ by 1 character"));
    }

    [Test]
    public void Build_SameLastSegmentUnderSimilarParents_Suggested()
    {
        var catalog = Build(Registry.Empty, Make.Claim("a", "n", "smic.leading-node", value: "5"), Make.Claim("b", "n", "smic-corp.leading-node", value: "6"));

        Assert.That(catalog.Suggestions.Single().Reason, Is.EqualTo("both end in 'leading-node' under 'smic' and 'smic-corp'"));
    }

    [Test]
    public void Build_SameValueFromSameArticleAlone_NotSuggested()
    {
        // Many subjects share a city: the same value alone was the seeds' five false suggestions.
        var catalog = Build(Registry.Empty, Make.Claim("a", "n", "fab.site", value: "Wuxi"), Make.Claim("a", "m", "plant.location", value: "wuxi"));

        Assert.That(catalog.Suggestions, Is.Empty);
    }

    [Test]
    public void Build_SameValueFromSameArticle_StrengthensAKeySuggestion()
    {
        var catalog = Build(Registry.Empty, Make.Claim("a", "n", "smic.fab-site", value: "Wuxi"), Make.Claim("a", "m", "smic.fab-sites", value: "wuxi"));

        Assert.That(catalog.Suggestions.Single().Reason, Is.EqualTo("the keys differ by 1 character; one article gives the same value under both keys"));
    }

    [Test]
    public void Build_UnrelatedKeys_NoSuggestion()
    {
        var catalog = Build(Registry.Empty, Make.Claim("a", "n", "smic.leading-node", value: "5 nm"), Make.Claim("b", "n", "shanghai.gdp", value: "$600 billion"));

        Assert.That(catalog.Suggestions, Is.Empty);
    }

    [Test]
    public void Build_LabelsSharingMostWords_Suggested()
    {
        var registry = Make.Registry([
            Make.Definition("x.phd", label: "STEM PhD graduates in Shanghai"),
            Make.Definition("y.grads", label: "Shanghai STEM PhD graduates per year")]);

        var catalog = Build(registry, Make.Claim("a", "n", "x.phd", value: "5"), Make.Claim("b", "n", "y.grads", value: "6"));

        Assert.That(catalog.Suggestions.Single().Reason, Is.EqualTo("their labels share most words"));
    }

    [Test]
    public void Build_RegisteredKeysOneEditApart_NotSuggestedOnShapeAlone()
    {
        var registry = Make.Registry([Make.Definition("chip.node-a", label: "Alpha fab node"), Make.Definition("chip.node-b", label: "Beta plant capacity")]);

        var catalog = Build(registry, Make.Claim("a", "n", "chip.node-a", value: "5"), Make.Claim("b", "n", "chip.node-b", value: "6"));

        Assert.That(catalog.Suggestions, Is.Empty);
    }
}
