using ClaimCheck.Loading;

namespace ClaimCheck.Tests.Loading;

public class SuggestionsAndSyntaxTests
{
    [TestCase("valeu", "value")]
    [TestCase("titel", "title")]
    [TestCase("subjet", "subject")]
    [TestCase("plannd", "planned")]
    [TestCase("Value", "value")]
    public void Closest_Typo_SuggestsKey(string typo, string expected) =>
        Assert.That(Suggestions.Closest(typo, ["id", "title", "subject", "value", "compare", "planned", "quote"]), Is.EqualTo(expected));

    [TestCase("colour")]
    [TestCase("xyz")]
    public void Closest_Unrelated_SuggestsNothing(string word) =>
        Assert.That(Suggestions.Closest(word, ["id", "subject", "value", "quote"]), Is.Null);

    [TestCase("silicon-dragon", true)]
    [TestCase("a", true)]
    [TestCase("0abc", true)]
    [TestCase("-a", false)]
    [TestCase("A", false)]
    [TestCase("a_b", false)]
    [TestCase("", false)]
    public void IsId_Examples(string text, bool expected) => Assert.That(Syntax.IsId(text), Is.EqualTo(expected));

    [TestCase("smic.leading-node", true)]
    [TestCase("x", true)]
    [TestCase("a.b.c-d", true)]
    [TestCase("a..b", false)]
    [TestCase(".a", false)]
    [TestCase("a.", false)]
    [TestCase("a.-b", false)]
    public void IsSubjectKey_Examples(string text, bool expected) => Assert.That(Syntax.IsSubjectKey(text), Is.EqualTo(expected));

    [TestCase("https://example.org/a", true)]
    [TestCase("http://example.org", true)]
    [TestCase("javascript:alert(1)", false)]
    [TestCase("example.org/a", false)]
    [TestCase("ftp://example.org", false)]
    [TestCase("data:text/html,x", false)]
    public void IsHttpUrl_Examples(string text, bool expected) => Assert.That(Syntax.IsHttpUrl(text), Is.EqualTo(expected));

    [TestCase("2024-02-29", true)]
    [TestCase("2025-02-29", false)]
    [TestCase("2025-02-30", false)]
    [TestCase("2025-3-1", false)]
    [TestCase("10/03/2025", false)]
    public void TryParseDate_RealIsoDatesOnly(string text, bool expected) => Assert.That(Syntax.TryParseDate(text, out _), Is.EqualTo(expected));
}
