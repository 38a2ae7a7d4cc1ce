using ClaimCheck.Drafting;

namespace ClaimCheck.Tests.Drafting;

/// <summary>The comparisons a sentence states, as <c>compare:</c> operators and the words of what is compared against.</summary>
[TestFixture]
public sealed class CompareFinderTests
{
    private static List<(string Operator, string Target)> Find(string sentence) =>
        [.. CompareFinder.Find(sentence, 0, sentence.Length).Select(c => (c.Operator, c.Target))];

    [TestCase("Shanghai now graduates more STEM PhDs annually than the entire UK.", "more-than", "UK")]
    [TestCase("It graduates more STEM PhDs annually than the entire state of California.", "more-than", "California")]
    [TestCase("Innovation output grew 15%, nearly triple the national GDP growth rate.", "nearly triple", "national GDP growth rate")]
    [TestCase("Built with 400,000 tons of steel, nearly five times the amount in the Golden Gate Bridge.", "nearly 5x", "Golden Gate Bridge")]
    [TestCase("The project had cost £10 billion, double the original estimate.", "double", "original estimate")]
    [TestCase("At 828 metres it is a full 319 metres taller than the Taipei 101 tower, formerly the tallest.", "more-than", "Taipei 101 tower")]
    [TestCase("Startups raised $5 billion, surpassing Berlin and Paris combined.", "more-than", "Berlin and Paris combined")]
    [TestCase("But it still trails Beijing in fundamental research.", "less-than", "Beijing")]
    [TestCase("Tech firms pay 15%, half China's standard rate.", "half", "China's standard rate")]
    public void Comparisons_AreFound_WithWhatTheyCompareAgainst(string sentence, string op, string target) =>
        Assert.That(Find(sentence), Is.EqualTo(new[] { (op, target) }));

    [TestCase("The corridor hosts more than 3,500 tech startups.")]
    [TestCase("Over 1,500 people died, more than half of them crew.")]
    [TestCase("It costs less than $5 to ride.")]
    [TestCase("Half the city was dark.")]
    public void AQualifiedFigure_IsNoComparison(string sentence) => Assert.That(Find(sentence), Is.Empty);

    [Test]
    public void MatchedBy_IsSameAs_TheMatcherFirst()
    {
        var found = CompareFinder.Find("Arnault pledged €200 million, a contribution matched by the Bettencourt family.", 0, 79);
        Assert.That(found.Select(c => (c.Operator, c.Target, c.Passive)), Is.EqualTo(new[] { ("same-as", "Bettencourt family", true) }));
    }

    [TestCase("the entire state of California", "california")]
    [TestCase("Berlin and Paris combined", "berlin-and-paris-combined")]
    [TestCase("national GDP growth rate", "gdp-growth-rate")]
    public void Entity_IsTheTargetsNameOn(string target, string entity) => Assert.That(CompareFinder.Entity(target), Is.EqualTo(entity));
}
