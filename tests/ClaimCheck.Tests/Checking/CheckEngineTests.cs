using ClaimCheck.Checking;
using ClaimCheck.Loading;
using ClaimCheck.Core;
using ClaimCheck.Reporting;
using ClaimCheck.Resolution;

namespace ClaimCheck.Tests.Checking;

public class CheckEngineTests
{
    [Test]
    public void Check_SampleCorpus_SubjectsSortedWithTheirVerdicts()
    {
        var report = Engine.Check(SampleCorpus.Build());

        Assert.That(report.Subjects.Select(s => (s.Key, s.Verdict)), Is.EqualTo(new[]
        {
            ("fab.location", Verdict.Agreement),
            ("shanghai.ai-firms", Verdict.Consistent), // a time series: compared, neither confirms the other
            ("shanghai.ai-output", Verdict.Agreement),
            ("shanghai.odd", Verdict.SingleSource),
            ("shanghai.talent", Verdict.SingleSource),
            ("smic.leading-node", Verdict.Conflict),
        }));
    }

    [Test]
    public void Check_WithoutResolve_HasNoResolvedValuesOrTrustAndTheSameFindings()
    {
        var corpus = ClaimCorpus.Load([Path.Combine(TestPaths.RepoRoot, "claims")]);

        var unresolved = Engine.Check(corpus, new CheckOptions { Resolve = false });
        var resolved = Engine.Check(corpus);

        Assert.Multiple(() =>
        {
            Assert.That(unresolved.Subjects.All(s => unresolved.ResolvedOf(s).IsDefaultOrEmpty) && unresolved.Trust.IsDefaultOrEmpty, Is.True);
            Assert.That(resolved.Subjects.Any(s => !resolved.ResolvedOf(s).IsDefaultOrEmpty) && !resolved.Trust.IsDefaultOrEmpty, Is.True);
            // Compared by content: a finding's claim refs are an ImmutableArray, which equals only the same array.
            Assert.That(unresolved.Subjects.SelectMany(s => s.Findings).Select(Shown), Is.EqualTo(resolved.Subjects.SelectMany(s => s.Findings).Select(Shown)));
        });
    }

    private static (FindingKind, string, string, string) Shown(Finding f) => (f.Kind, f.Rule, string.Join(",", f.Claims), f.Message);

    [Test]
    public void Check_SampleCorpus_SummaryCountsSubjectsByVerdictAndDiagnosticsBySeverity()
    {
        var report = Engine.Check(SampleCorpus.Build());

        Assert.That(report.Summary, Is.EqualTo(new ReportSummary(
            Sources: 3, Claims: 10, Subjects: 6, Conflicts: 1, Tensions: 0, Agreements: 2, SingleSource: 2, Errors: 1, Warnings: 1)
        {
            Consistent = 1,
            Unchecked = 0,
        }));
    }

    [Test]
    public void Check_SampleCorpus_FindingsSayWhy()
    {
        var subjects = Engine.Check(SampleCorpus.Build()).Subjects.ToDictionary(s => s.Key);

        Assert.That(subjects["smic.leading-node"].Findings.Single().Message, Is.EqualTo("3 nm vs 7 nm: the ranges do not overlap"));
        Assert.That(subjects["smic.leading-node"].Findings.Single().Claims, Is.EqualTo(new[] { "alpha/node", "beta/node" }));
        Assert.That(subjects["shanghai.ai-output"].Findings.Single().Message, Does.Contain("¥150 billion ≈ $20.9 billion at 7.19 CNY per USD (2024)"));
        Assert.That(subjects["shanghai.ai-firms"].Findings.Single().Rule, Is.EqualTo("period"));
        Assert.That(subjects["shanghai.ai-firms"].Findings.Single().Message, Is.EqualTo("2 sources speak of different periods (2023, 2024): a time series, not a contradiction and not a confirmation"));
        Assert.That(subjects["shanghai.ai-firms"].Findings.Single().Kind, Is.EqualTo(FindingKind.Consistent));
        Assert.That(subjects["fab.location"].Findings.Single().Message, Is.EqualTo("2 sources agree: Zhangjiang; Zhangjiang lies within Shanghai"));
    }

    [Test]
    public void Check_SampleCorpus_DiagnosticsMergedAndSortedByFile()
    {
        var report = Engine.Check(SampleCorpus.Build());

        Assert.That(report.Diagnostics.Select(d => (d.Position.File, d.Code)), Is.EqualTo(new[]
        {
            ("claims/beta.yaml", "CC0102"),
            ("claims/gamma.yaml", "CC0302"),
        }));
    }

    [Test]
    public void Check_Version_IsThePackageVersionWithoutCommit()
    {
        Assert.That(Engine.Check(SampleCorpus.Build()).ToolVersion, Is.EqualTo("1.0.0"));
    }

    [Test]
    public void Check_FindingsOfOneSubject_WorstFirst()
    {
        var corpus = Make.Corpus(
            [Make.Source("a", new DateOnly(2025, 1, 1)), Make.Source("b", new DateOnly(2025, 1, 1)), Make.Source("c", new DateOnly(2025, 1, 1))],
            [
                Make.Claim("a", "n", "s", value: "over 200"), Make.Claim("b", "n", "s", value: "over 300"),
                Make.Claim("c", "n", "s", value: "100"),
            ]);

        var findings = Engine.Check(corpus).Subjects.Single().Findings;

        Assert.That(findings.Select(f => f.Kind), Is.EqualTo(new[] { FindingKind.Conflict, FindingKind.Conflict, FindingKind.Tension }));
        Assert.That(findings[0].Claims, Is.EqualTo(new[] { "a/n", "c/n" }));
    }

    [Test]
    public void Check_HundredThousandClaimsThroughTheParsers_Finishes()
    {
        var sources = Enumerable.Range(0, 100).Select(i => Make.Source("s" + i, new DateOnly(2025, 1, 1))).ToList();
        var claims = Enumerable.Range(0, 100_000)
            .Select(i => Make.Claim("s" + (i % 100), "c" + i, "one.subject", value: i % 1000 == 0 ? "9 nm" : "7 nm"))
            .ToList();

        var subject = Engine.Check(Make.Corpus(sources, claims)).Subjects.Single();

        Assert.That(subject.Verdict, Is.EqualTo(Verdict.Conflict));
        Assert.That(subject.Claims, Has.Length.EqualTo(100_000));
        Assert.That(subject.Findings, Has.Length.EqualTo(20));
        Assert.That(subject.Findings[^1].Message, Does.EndWith("(and 9,989,980 more pairs)"));
    }
}
