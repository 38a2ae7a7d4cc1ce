using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Checking;

/// <summary>
/// Undated presents and timeless subjects, on published articles:
/// The Straits Times, 24 Oct 2018 (https://www.straitstimes.com/asia/east-asia/worlds-longest-sea-bridge-linking-hong-kong-macau-and-zhuhai-opens-to-traffic):
/// "The 55km bridge connects China's mainland province of Guangdong with ... Hong Kong and Macau";
/// Wikipedia, revision of 19 Aug 2024 (https://en.wikipedia.org/w/index.php?oldid=1243403888): "Total length 55 kilometres (34 mi)";
/// The Epoch Times, 15 Apr 2012 (https://www.theepochtimes.com/timelines-what-legendary-maritime-tragedy-claimed-1-500-lives-april-15-1912_1486599.html):
/// "Exactly 1,503 people died"; a blog post (http://hist0rygirl.blogspot.com.au/2014/04/titanic.html): "1,517 of whom died".
/// </summary>
public class PresentAndTimelessTests
{
    private static string StraitsTimes(string? published = "2018-10-24") => $"""
        source:
          id: straits-times-hzmb
          title: World's longest sea bridge linking Hong Kong, Macau and Zhuhai opens to traffic
          outlet: The Straits Times
          url: https://www.straitstimes.com/asia/east-asia/worlds-longest-sea-bridge-linking-hong-kong-macau-and-zhuhai-opens-to-traffic
        {(published is null ? "" : "  published: " + published)}
        claims:
          - id: length
            subject: hzmb.length
            value: 55km
            quote: "The 55km bridge connects China's mainland province of Guangdong"
        """;

    private const string Wikipedia = """
        source:
          id: wikipedia-hzmb
          title: Hong Kong–Zhuhai–Macau Bridge
          outlet: Wikipedia
          url: https://en.wikipedia.org/w/index.php?oldid=1243403888
          published: 2024-08-19
        claims:
          - id: length
            subject: hzmb.length
            value: 55 kilometres
            quote: "Total length 55 kilometres (34 mi)"
        """;

    private static string Epoch(string? published) => $"""
        source:
          id: epoch-timelines
          title: "TIMELINES: What legendary maritime tragedy claimed 1,500 lives April 15, 1912?"
          url: https://www.theepochtimes.com/timelines-what-legendary-maritime-tragedy-claimed-1-500-lives-april-15-1912_1486599.html
        {(published is null ? "" : "  published: " + published)}
        claims:
          - id: deaths
            subject: titanic.deaths
            value: 1,503
            quote: "Exactly 1,503 people died"
        """;

    private static string Blog(string? published, string? period = null) => $"""
        source:
          id: historygirl-titanic
          title: Titanic
          url: http://hist0rygirl.blogspot.com.au/2014/04/titanic.html
        {(published is null ? "" : "  published: " + published)}
        claims:
          - id: deaths
            subject: titanic.deaths
            value: 1,517
        {(period is null ? "" : "    period: " + period)}
            quote: "1,517 of whom died"
        """;

    private const string TimelessDeaths = """
        subjects:
          titanic.deaths:
            label: People who died when the Titanic sank
            timeless: true
        """;

    [Test]
    public void Check_UndatedArticleAgainstDatedOne_StaysAConflictAndNamesTheUndatedArticle()
    {
        using var corpus = new VerdictCorpus().Add("epoch.yaml", Epoch("2012-04-15")).Add("blog.yaml", Blog(null));

        var subject = corpus.Subject("titanic.deaths");

        Assert.Multiple(() =>
        {
            Assert.That(subject.Verdict, Is.EqualTo(Verdict.Conflict));
            Assert.That(subject.Findings[0].Message, Does.Contain("historygirl-titanic has no publication date"));
        });
    }

    /// <summary>The contract: giving an article its publication date never weakens a finding.</summary>
    [TestCase("1,517", "1,503")] // conflict
    [TestCase("1,503", "over 1,500")] // agreement: the bound meets the figure
    [TestCase("more than 1,500", "more than 2,000")] // tension: bounds that suggest different figures
    public void Check_GivingArticlesTheirDates_NeverWeakensAFinding(string blogValue, string epochValue)
    {
        var dates = new[] { null, "2012-04-15", "2012-09-01" };
        Verdict? undated = null;
        foreach (var blogDate in dates)
        {
            foreach (var epochDate in dates)
            {
                using var corpus = new VerdictCorpus()
                    .Add("epoch.yaml", Epoch(epochDate).Replace("value: 1,503", "value: " + epochValue, StringComparison.Ordinal))
                    .Add("blog.yaml", Blog(blogDate).Replace("value: 1,517", "value: " + blogValue, StringComparison.Ordinal));
                var verdict = corpus.Subject("titanic.deaths").Verdict;
                undated ??= verdict;
                Assert.That(verdict, Is.EqualTo(undated), $"blog published {blogDate ?? "(none)"}, Epoch Times published {epochDate ?? "(none)"}");
            }
        }

        Assert.That(undated, Is.Not.EqualTo(Verdict.Unchecked).And.Not.EqualTo(Verdict.Consistent), "the presents were compared");
    }

    [Test]
    public void Check_DateThatPlacesThePresentInAnExplicitPeriod_StrengthensTensionToConflict()
    {
        // The blog's 1,517 for 1912 against the Epoch Times' undated present: another time, maybe; dated April 1912, the same.
        using var undated = new VerdictCorpus().Add("blog.yaml", Blog(null, period: "1912")).Add("epoch.yaml", Epoch(null));
        using var dated = new VerdictCorpus().Add("blog.yaml", Blog(null, period: "1912")).Add("epoch.yaml", Epoch("1912-04-20"));

        Assert.Multiple(() =>
        {
            Assert.That(undated.Subject("titanic.deaths").Verdict, Is.EqualTo(Verdict.Tension));
            Assert.That(dated.Subject("titanic.deaths").Verdict, Is.EqualTo(Verdict.Conflict));
        });
    }

    [Test]
    public void Check_SameLengthSixYearsApart_TimeSeriesUnlessTimeless()
    {
        using var plain = new VerdictCorpus().Add("st.yaml", StraitsTimes()).Add("wp.yaml", Wikipedia);
        using var timeless = new VerdictCorpus().Add("st.yaml", StraitsTimes()).Add("wp.yaml", Wikipedia)
            .Add("registry.yaml", "subjects:\n  hzmb.length:\n    label: Length of the Hong Kong-Zhuhai-Macau Bridge\n    timeless: true\n");

        var series = plain.Subject("hzmb.length");
        var one = timeless.Subject("hzmb.length");

        Assert.Multiple(() =>
        {
            Assert.That(series.Verdict, Is.EqualTo(Verdict.Consistent), "2018 and 2024 presents do not overlap");
            Assert.That(one.Verdict, Is.EqualTo(Verdict.Agreement));
            Assert.That(one.Timeless, Is.True);
            Assert.That(one.Claims.Select(c => c.Period.End), Is.EqualTo(new DateOnly?[] { new(2018, 10, 24), new(2024, 8, 19) }), "the report keeps the periods");
        });
    }

    [Test]
    public void Check_TimelessDeathToll_PeriodDoesNotSoftenTheConflict()
    {
        using var plain = new VerdictCorpus().Add("epoch.yaml", Epoch("2012-04-15")).Add("blog.yaml", Blog(null, period: "1912"));
        using var timeless = new VerdictCorpus().Add("epoch.yaml", Epoch("2012-04-15")).Add("blog.yaml", Blog(null, period: "1912"))
            .Add("registry.yaml", TimelessDeaths);

        Assert.Multiple(() =>
        {
            Assert.That(plain.Subject("titanic.deaths").Verdict, Is.EqualTo(Verdict.Consistent), "1912 against the twelve months to April 2012");
            Assert.That(timeless.Subject("titanic.deaths").Verdict, Is.EqualTo(Verdict.Conflict));
            Assert.That(timeless.Check().Subjects.Single().Claims.Single(c => c.Claim.SourceId == "historygirl-titanic").Period.Display, Is.EqualTo("1912"));
            Assert.That(plain.Resolved("titanic.deaths"), Has.Length.EqualTo(2), "one resolved value per period");
            Assert.That(timeless.Resolved("titanic.deaths"), Has.Length.EqualTo(1), "one value for all time");
        });
    }

    [Test]
    public void Check_TimelessFalse_KeepsPeriodsApartEvenForDates()
    {
        var group = DateGroup(new SubjectDefinition("hzmb.opened", null, SubjectKind.Date, null, true, null, [],
            ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty, new SourcePosition("r.yaml", 1, 1)) { Timeless = false });

        Assert.That(TimelessSubjects.Is(group), Is.False);
    }

    [Test]
    public void Check_DateValuedSubject_IsTimelessByDefault()
    {
        // The Straits Times: "opened to public traffic at 9am on Wednesday (Oct 24)" (published 24 Oct 2018);
        // Wikipedia's infobox (2024): "Opened 24 October 2018". Dates as the quantity reader gives them: unit "date", day numbers.
        var group = DateGroup(null);
        var result = SubjectJudge.Judge(group, Make.Context(groups: group), CheckEngine.DefaultRules);

        Assert.Multiple(() =>
        {
            Assert.That(TimelessSubjects.Is(group), Is.True);
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Agreement), "2018 and 2024 articles, one day");
            Assert.That(result.Timeless, Is.True);
        });
    }

    [Test]
    public void Check_RegistryKindDate_IsTimelessEvenBeforeAnyValueReadsAsADate()
    {
        var definition = Make.Definition("hzmb.opened", SubjectKind.Date);
        var group = Make.Group(definition, Make.Category("a", "opened", "24 October 2018", Make.Year(2018), "hzmb.opened"));

        Assert.That(TimelessSubjects.Is(group), Is.True);
    }

    [Test]
    public void Load_TimelessNotABoolean_IsAnErrorAtTheValue()
    {
        using var corpus = new VerdictCorpus().Add("registry.yaml", "subjects:\n  hzmb.length:\n    timeless: always\n");

        var diagnostic = corpus.Load().Diagnostics.Single();

        Assert.That((diagnostic.Code, diagnostic.Position.Line, diagnostic.Position.Column), Is.EqualTo(("CC0203", 3, 15)));
        Assert.That(diagnostic.Message, Does.StartWith("timeless 'always' must be true"));
    }

    private static SubjectGroup DateGroupOf(SubjectDefinition? definition, params CheckedClaim[] claims) =>
        Make.Group(definition, claims);

    private static SubjectGroup DateGroup(SubjectDefinition? definition)
    {
        var day = new DateOnly(2018, 10, 24).DayNumber;
        CheckedClaim Opened(string source, Period period) =>
            Make.Quantity(source, "opened", Interval.Closed(day, day), "24 October 2018", period, subject: "hzmb.opened",
                unit: TimelessSubjects.DateUnit, dimension: Dimension.Count, figure: day);
        var dated2018 = new Period("", new DateOnly(2017, 10, 25), new DateOnly(2018, 10, 24), PeriodState.Resolved, false);
        var dated2024 = new Period("", new DateOnly(2023, 8, 20), new DateOnly(2024, 8, 19), PeriodState.Resolved, false);
        return DateGroupOf(definition, Opened("straits-times-hzmb", dated2018), Opened("wikipedia-hzmb", dated2024));
    }
}
