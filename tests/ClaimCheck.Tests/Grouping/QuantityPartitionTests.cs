using ClaimCheck.Normalisation;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Grouping;

/// <summary>How CC0305 names what a value measures.</summary>
public class QuantityPartitionTests
{
    [TestCase("Length", "nm", null, "a length in nm")]
    [TestCase("Currency", "USD", "year", "money in USD per year")]
    [TestCase("Count", "", null, "a count")]
    [TestCase("Date", "date", null, "a date")]
    public void Describe_NamesTheDimensionAndUnit(string dimension, string unit, string? per, string expected) =>
        Assert.That(QuantityPartition.Describe(new QuantityPartition(Enum.Parse<Dimension>(dimension), unit, per)), Is.EqualTo(expected));
}
