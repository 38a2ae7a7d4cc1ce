using ClaimCheck.Drafting;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Drafting;

/// <summary>Which figures a sentence states, as the drafter proposes them; sentences from the real articles' wording.</summary>
[TestFixture]
public sealed class FigureFinderTests
{
    private static List<Figure> Find(string sentence) => FigureFinder.Find(sentence, 0, sentence.Length, null);

    private static List<string> Values(string sentence) => [.. Find(sentence).Select(f => f.Value)];

    [TestCase("The journey now takes three hours.", "three hours")]
    [TestCase("Seventy-six percent of the crew died.", "Seventy-six percent")]
    [TestCase("The ship sank in two and a half hours.", "two and a half hours")]
    [TestCase("It took nearly five years to restore the cathedral.", "nearly five years")]
    [TestCase("Five hotels have been built nearby.", "Five hotels")]
    [TestCase("They formed four approved organizations to collect the money.", "four approved organizations")]
    [TestCase("The site has links to four approved organizations, Riester said.", "four approved organizations")]
    [TestCase("The rector hoped to see it rebuilt within a decade.", "within a decade")]
    [TestCase("The journey still took several hours by ferry.", "several hours")]
    [TestCase("The tapering half-mile-high tower stands over the city.", "half-mile-high")]
    public void FiguresInWords_AreProposed_WhenTheyCountOrMeasure(string sentence, string value) =>
        Assert.That(Values(sentence), Is.EqualTo(new[] { value }));

    [TestCase("It is one of the largest bridges in the world.")]
    [TestCase("The festival is held twice a year in the old town.")]
    [TestCase("A year later the bridge reopened.")]
    [TestCase("One woman said the view was worth it.")]
    [TestCase("Twenty years ago the Queen cut the ribbon.")]
    [TestCase("It made a hundred year dream a reality.")]
    [TestCase("It overtook the Taipei 101 tower as the tallest.")]
    [TestCase("The 21st floor has a pool.")]
    public void Prose_IsNoFigure(string sentence) => Assert.That(Values(sentence), Is.Empty);

    [Test]
    public void FromATo_IsTwoFigures_NotARange()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Values("It cuts the travel time between Hong Kong and Zhuhai from 4 hours to 45 minutes."), Is.EqualTo(new[] { "4 hours", "45 minutes" }));
            Assert.That(Values("The inquiry was held in London from 2 May to 3 July 1912."), Is.EqualTo(new[] { "2 May", "3 July 1912" }));
            Assert.That(Values("The bridge, which opens to car traffic on Wednesday, 24 October, connects the two banks of the estuary."), Does.Contain("24 October"), "a day of a month, not 24 of 'October, connects'");
            Assert.That(Values("Growth was 20-30% a year."), Has.Count.EqualTo(1), "a range stays a range");
        });
    }

    [Test]
    public void AYear_IsThePeriodOfTheOtherFigures_OrTheDateItsClauseSpeaksOf()
    {
        var withFigure = Find("In 2024, Shanghai's AI industry reached $21 billion.");
        var opened = Find("The tunnel opened in 1994 to great fanfare.");
        var both = Find("Boring began in 1987 and the hole grew at up to 75 metres a day.");
        Assert.Multiple(() =>
        {
            Assert.That(withFigure.Select(f => (f.Value, f.Period)), Is.EqualTo(new[] { ("$21 billion", (string?)"2024") }));
            Assert.That(opened.Select(f => f.Value), Is.EqualTo(new[] { "in 1994" }));
            Assert.That(opened[0].Quantity.Dimension, Is.EqualTo(Dimension.Date), "'in 1994' reads as a date in any subject");
            Assert.That(opened[0].BareYear, Is.EqualTo("1994"));
            Assert.That(both.Select(f => f.Value), Is.EqualTo(new[] { "in 1987", "up to 75 metres a day" }), "an event verb dates its year even when it is another figure's period");
            Assert.That(Values("It won't debut elsewhere until 2027."), Is.EqualTo(new[] { "in 2027" }), "'until' after a negation is no upper bound: the year alone");
            Assert.That(Values("The goal is to finish by 2030."), Is.EqualTo(new[] { "by 2030" }));
        });
    }

    [Test]
    public void ACountedNoun_EndsAtItsFirstPlural_AndIsNeverAName()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Values("Around 330 million passengers have made the trip."), Is.EqualTo(new[] { "Around 330 million passengers" }));
            Assert.That(Values("And while Shanghai's 25 million residents enjoy first-world amenities, others do not."), Is.EqualTo(new[] { "25 million residents" }));
            Assert.That(Values("In late 2009 Abu Dhabi rescued Dubai."), Is.Not.Contain("2009 Abu"));
            Assert.That(Values("The ceremony was in Calais on 6 May 1994, before the trip."), Is.EqualTo(new[] { "on 6 May 1994" }), "'May' as written is the month, not the verb");
        });
    }
}
