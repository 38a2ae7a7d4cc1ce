using NUnit.Framework;
namespace ClaimCheck.Tests;
public class SmokeTests
{
    [Test]
    public void Add_TwoNumbers_Sum() => Assert.That(int.Parse("2", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(2));
}
