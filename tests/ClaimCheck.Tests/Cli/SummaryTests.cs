using System.Text.RegularExpressions;
using ClaimCheck.Tests.Robustness;

namespace ClaimCheck.Tests.Cli;

/// <summary>The summary of <c>check</c>: at most 20 subjects per verdict, worst first, "and N more", each naming its articles.</summary>
[TestFixture]
public class SummaryTests
{
    private static string[] Lines(string output, string verdict) =>
        [.. output.Split('\n').Where(l => l.StartsWith("  " + verdict, StringComparison.Ordinal))];

    [Test]
    public void OverTwentyConflicts_ListsTwentyThenCountsTheRest()
    {
        using var scratch = new Scratch();
        GeneratedCorpus.Conflicts(Path.Combine(scratch.Path, "corpus"), conflicts: 25, tensions: 3);

        var (code, output, error) = CliRunner.Run("check", Path.Combine(scratch.Path, "corpus"), "--json", Path.Combine(scratch.Path, "r.json"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(output, Does.StartWith("2 sources, 56 claims, 28 subjects: 25 conflicts, 3 tensions, "));
            Assert.That(Lines(output, "conflict "), Has.Length.EqualTo(20));
            Assert.That(output, Does.Contain("\n  and 5 more conflicts (--verbosity detailed lists them)\n"));
            Assert.That(Lines(output, "tension "), Has.Length.EqualTo(3));
            Assert.That(output, Does.Not.Contain("more tension"));
            // Each finding names the articles whose claims it speaks of.
            Assert.That(Lines(output, "conflict ").Concat(Lines(output, "tension ")), Has.All.EndsWith(" [a, b]"));
        });
    }

    [Test]
    public void OneMore_IsSingular()
    {
        using var scratch = new Scratch();
        GeneratedCorpus.Conflicts(scratch.Path, conflicts: 21);

        var (_, output, _) = CliRunner.Run("check", scratch.Path, "--json", Path.Combine(scratch.Path, "r.json"));

        Assert.That(output, Does.Contain("\n  and 1 more conflict (--verbosity detailed lists them)\n"));
    }

    [Test]
    public void WorstFirst_TheConflictOfMostArticlesLeadsThoughItsKeySortsLast()
    {
        using var scratch = new Scratch();
        GeneratedCorpus.Conflicts(scratch.Path, conflicts: 25, wide: true);

        var (_, output, _) = CliRunner.Run("check", scratch.Path, "--json", Path.Combine(scratch.Path, "r.json"));

        var conflicts = Lines(output, "conflict ");
        Assert.Multiple(() =>
        {
            Assert.That(conflicts[0], Does.StartWith("  conflict  zz.wide: "));
            Assert.That(conflicts[1..], Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "the rest, alike, by key");
            Assert.That(conflicts[0], Does.Match(@" \[[abc], [abc]\]$"), "its worst finding names its two articles");
        });
    }

    [Test]
    public void Detailed_ListsEverySubjectAndEveryFinding()
    {
        using var scratch = new Scratch();
        GeneratedCorpus.Conflicts(scratch.Path, conflicts: 25, wide: true);

        var (_, output, _) = CliRunner.Run("check", scratch.Path, "--json", Path.Combine(scratch.Path, "r.json"), "--verbosity", "Detailed");

        // zz.wide has three findings (a-b, a-c, b-c): the first on its line, the others under it.
        var wide = output.Split('\n').SkipWhile(l => !l.StartsWith("  conflict  zz.wide", StringComparison.Ordinal)).Take(3).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Lines(output, "conflict "), Has.Length.EqualTo(26));
            Assert.That(output, Does.Not.Contain(" more conflict"));
            Assert.That(wide[1..], Has.All.Match(@"^ {12}\d+ nm vs \d+ nm: .* \[[abc], [abc]\]$"));
        });
    }

    [Test]
    public void SeedCorpus_NamesTheArticlesOfEachFinding()
    {
        using var scratch = new Scratch();
        var (_, output, _) = CliRunner.Run("check", Path.Combine(TestPaths.RepoRoot, "claims"), "--json", Path.Combine(scratch.Path, "r.json"));

        var leadingNode = Lines(output, "conflict ").Single(l => l.Contains("smic.leading-node", StringComparison.Ordinal));
        Assert.That(Regex.Match(leadingNode, @"\[([^\]]+)\]$").Groups[1].Value.Split(", "), Is.EquivalentTo(new[] { "premier-innovation-center", "zhangjiang-commute" }));
    }
}
