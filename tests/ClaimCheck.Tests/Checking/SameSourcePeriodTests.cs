using ClaimCheck.Checking;
using ClaimCheck.Loading;
using ClaimCheck.Core;

namespace ClaimCheck.Tests.Checking;

/// <summary>
/// One article has one publication date, even when the claim file does not give it: its relative
/// periods ("five years ago") and its present can be placed against each other.
/// </summary>
public class SameSourcePeriodTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("claimcheck-periods-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Check_OneUndatedArticleThenAndNow_IsTimeSeriesNotTension()
    {
        var subject = Check("""
            source: { id: a, title: A }
            claims:
              - { id: then, subject: x.share, value: 80%, period: five years ago }
              - { id: now, subject: x.share, value: below 45% }
            """);

        Assert.That(subject.Verdict, Is.Not.EqualTo(Verdict.Tension).And.Not.EqualTo(Verdict.Conflict));
        Assert.That(subject.Findings.Select(f => f.Kind), Has.None.EqualTo(FindingKind.Tension));
    }

    [Test]
    public void Check_OneUndatedArticleSameRelativePeriod_StillConflicts()
    {
        var subject = Check("""
            source: { id: a, title: A }
            claims:
              - { id: one, subject: x.share, value: 80%, period: last year }
              - { id: two, subject: x.share, value: 40%, period: last year }
            """);

        Assert.That(subject.Verdict, Is.EqualTo(Verdict.Conflict));
    }

    [Test]
    public void Check_TwoUndatedArticlesRelativePeriods_RemainUncertainTension()
    {
        File.WriteAllText(Path.Combine(_dir, "b.yaml"), """
            source: { id: b, title: B }
            claims:
              - { id: now, subject: x.share, value: below 45% }
            """);
        var subject = Check("""
            source: { id: a, title: A }
            claims:
              - { id: then, subject: x.share, value: 80%, period: five years ago }
            """);

        Assert.That(subject.Verdict, Is.EqualTo(Verdict.Tension));
    }

    private SubjectResult Check(string yaml)
    {
        File.WriteAllText(Path.Combine(_dir, "a.yaml"), yaml);
        var corpus = ClaimCorpus.Load([_dir]);
        Assert.That(corpus.Diagnostics, Is.Empty);
        return Engine.Check(corpus).Subjects.Single(s => s.Key == "x.share");
    }
}
