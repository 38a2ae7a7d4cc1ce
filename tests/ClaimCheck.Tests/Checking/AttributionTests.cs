using ClaimCheck.Checking;
using ClaimCheck.Core;

namespace ClaimCheck.Tests.Checking;

/// <summary>
/// <c>attributed-to</c>, on the Titanic's death toll as published articles give it:
/// Britannica, "Number of lives lost in Titanic disaster"
/// (https://www.britannica.com/topic/number-of-lives-lost-in-Titanic-disaster-728133): "U.S. Senate committee: 1,517
/// lives lost / British Board of Trade: 1,503 lives lost"; the Titanic exhibit's "Researcher's Note"
/// (https://titanicexhibit.tripod.com/researchersnote.html), which repeats the Senate committee's 1,517; and a blog post
/// (http://hist0rygirl.blogspot.com.au/2014/04/titanic.html): "carrying 2,224 people, 1,517 of whom died".
/// </summary>
public class AttributionTests
{
    private const string Britannica = """
        source:
          id: britannica-lives-lost
          title: Number of lives lost in Titanic disaster
          outlet: Britannica
          url: https://www.britannica.com/topic/number-of-lives-lost-in-Titanic-disaster-728133
        claims:
          - id: senate
            subject: titanic.deaths
            value: 1,517
            attributed-to: the US Senate inquiry
            quote: "U.S. Senate committee: 1,517 lives lost"
          - id: board-of-trade
            subject: titanic.deaths
            value: 1,503
            attributed-to: the British Board of Trade inquiry
            quote: "British Board of Trade: 1,503 lives lost"
        """;

    private const string Exhibit = """
        source:
          id: titanic-exhibit-note
          title: Researcher's Note
          outlet: Titanic Exhibit
          url: https://titanicexhibit.tripod.com/researchersnote.html
        claims:
          - id: senate
            subject: titanic.deaths
            value: 1,517
            attributed-to: The US Senate Inquiry
            quote: "U.S. Senate committee: 1,517 lives lost"
        """;

    private const string Blog = """
        source:
          id: historygirl-titanic
          title: Titanic
          url: http://hist0rygirl.blogspot.com.au/2014/04/titanic.html
        claims:
          - id: deaths
            subject: titanic.deaths
            value: 1,517
            quote: "carrying 2,224 people, 1,517 of whom died"
        """;

    [Test]
    public void Check_OneArticleCitingTwoInquiries_ConflictBetweenTheBodiesNamedInTheMessage()
    {
        using var corpus = new VerdictCorpus().Add("britannica.yaml", Britannica);

        var subject = corpus.Subject("titanic.deaths");

        var conflict = subject.Findings.Single(f => f.Kind == FindingKind.Conflict);
        Assert.Multiple(() =>
        {
            Assert.That(subject.Verdict, Is.EqualTo(Verdict.Conflict));
            Assert.That(conflict.Message, Does.Contain("Britannica, citing the US Senate inquiry: 1,517"));
            Assert.That(conflict.Message, Does.Contain("Britannica, citing the British Board of Trade inquiry: 1,503"));
            Assert.That(conflict.Message, Does.Contain("not the article contradicting itself"));
            Assert.That(conflict.Message, Does.Not.Contain("all in the same article"));
        });
    }

    [Test]
    public void Check_TwoArticlesCitingOneBody_OneOriginSoConsistentNotAgreement()
    {
        using var corpus = new VerdictCorpus().Add("a.yaml", Exhibit).Add("b.yaml", BritannicaSenateOnly);

        var subject = corpus.Subject("titanic.deaths");

        Assert.Multiple(() =>
        {
            Assert.That(subject.Verdict, Is.EqualTo(Verdict.Consistent), "the same body repeated is not corroboration");
            Assert.That(subject.Findings.Single().Message, Does.Contain("one origin, not independent confirmation")
                .And.Contain("Britannica and Titanic Exhibit both cite"));
        });
    }

    [Test]
    public void Check_CitedBodyAndAnIndependentArticle_AgreeAndSayWhichCountAsOne()
    {
        using var corpus = new VerdictCorpus().Add("a.yaml", Exhibit).Add("b.yaml", Blog);

        var subject = corpus.Subject("titanic.deaths");

        Assert.That(subject.Verdict, Is.EqualTo(Verdict.Agreement));
    }

    [Test]
    public void Check_AttributionCaseInsensitive_SharedBodyNamedOnce()
    {
        // "the US Senate inquiry" (Britannica) and "The US Senate Inquiry" (the exhibit) are one body.
        using var corpus = new VerdictCorpus().Add("a.yaml", Exhibit).Add("b.yaml", BritannicaSenateOnly).Add("c.yaml", Blog);

        var subject = corpus.Subject("titanic.deaths");

        Assert.Multiple(() =>
        {
            Assert.That(subject.Verdict, Is.EqualTo(Verdict.Agreement), "the blog's own figure corroborates the Senate's");
            Assert.That(subject.Findings.Single().Message, Does.Contain("Britannica and Titanic Exhibit both cite").And.Contain("which counts as one origin"));
        });
    }

    [Test]
    public void Resolve_SourcesCitingOneBody_CountAsOneOrigin()
    {
        // Two articles repeat the Senate's 1,517; one other gives the Board of Trade's 1,503 as its own figure.
        const string epoch = """
            source:
              id: epoch-timelines
              title: "TIMELINES: What legendary maritime tragedy claimed 1,500 lives April 15, 1912?"
              url: https://www.theepochtimes.com/timelines-what-legendary-maritime-tragedy-claimed-1-500-lives-april-15-1912_1486599.html
            claims:
              - id: deaths
                subject: titanic.deaths
                value: 1,503
                quote: "Exactly 1,503 people died"
            """;
        var senateOnly = BritannicaSenateOnly;
        using var attributed = new VerdictCorpus().Add("a.yaml", Exhibit).Add("b.yaml", senateOnly).Add("c.yaml", epoch);
        using var unattributed = new VerdictCorpus().Add("a.yaml", WithoutAttribution(Exhibit)).Add("b.yaml", WithoutAttribution(senateOnly)).Add("c.yaml", epoch);

        var cited = attributed.Resolved("titanic.deaths").Single();
        var independent = unattributed.Resolved("titanic.deaths").Single();

        Assert.Multiple(() =>
        {
            Assert.That(independent.Value, Is.EqualTo("1,517"), "two independent sources outvote one");
            Assert.That(cited.Confidence, Is.LessThan(independent.Confidence), "one body repeated counts as one origin");
        });
    }

    [Test]
    public void Load_EmptyAttribution_IsAnErrorAtTheKey()
    {
        using var corpus = new VerdictCorpus().Add("a.yaml", """
            source: { id: a, title: A }
            claims:
              - id: c
                subject: titanic.deaths
                value: 1,517
                attributed-to:
            """);

        var diagnostic = corpus.Load().Diagnostics.Single();

        Assert.That((diagnostic.Code, diagnostic.Position.Line, diagnostic.Message), Is.EqualTo(
            ("CC0101", 6, "claim has an empty 'attributed-to': name who gave the figure, such as 'attributed-to: US Senate inquiry', or leave the key out")));
    }

    [Test]
    public void Json_AttributedClaim_CarriesAttributedTo()
    {
        using var corpus = new VerdictCorpus().Add("britannica.yaml", Britannica);

        var json = ClaimCheck.Reporting.JsonReportWriter.ToJson(corpus.Check());

        Assert.That(json, Does.Contain("\"attributedTo\": \"the US Senate inquiry\""));
    }

    /// <summary>Britannica's page with only the Senate committee's figure.</summary>
    private static string BritannicaSenateOnly => Britannica[..Britannica.IndexOf("  - id: board-of-trade", StringComparison.Ordinal)];

    private static string WithoutAttribution(string yaml) =>
        string.Join('\n', yaml.Split('\n').Where(l => !l.TrimStart().StartsWith("attributed-to:", StringComparison.Ordinal)));
}
