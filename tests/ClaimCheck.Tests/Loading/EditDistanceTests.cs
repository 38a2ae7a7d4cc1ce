using ClaimCheck.Core;

namespace ClaimCheck.Tests.Loading;

public class EditDistanceTests
{
    [TestCase("", "", 0)]
    [TestCase("", "abc", 3)]
    [TestCase("kitten", "sitting", 3)]
    [TestCase("valeu", "value", 1)] // a transposition is one edit
    [TestCase("smic.fabs", "smic.fab", 1)]
    [TestCase("ca", "abc", 3)] // optimal string alignment: no edit of a transposed pair
    [TestCase("tsmc.7nm-yield", "tsmc.7nm-yeild", 1)]
    public void Between_CountsEditsAsATypistMakesThem(string a, string b, int expected) =>
        Assert.Multiple(() =>
        {
            Assert.That(EditDistance.Between(a, b), Is.EqualTo(expected));
            Assert.That(EditDistance.Between(b, a), Is.EqualTo(expected), "symmetric");
        });
}
