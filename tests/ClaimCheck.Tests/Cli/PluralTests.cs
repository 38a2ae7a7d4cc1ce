using ClaimCheck.Tests.Robustness;

namespace ClaimCheck.Tests.Cli;

/// <summary>Counts read as English: one of a thing is singular, none or several are plural.</summary>
[TestFixture]
public class PluralTests
{
    [Test]
    public void Check_OneOfEach_IsSingular()
    {
        using var scratch = new Scratch();
        // One conflict and one error (a status word that is not one): every count that can be 1 is 1.
        scratch.Write("a.yaml", "source: { id: a, title: A }\nclaims:\n  - { id: c, subject: x.y, value: 3 nm }\n");
        scratch.Write("b.yaml", "source: { id: b, title: B }\nclaims:\n  - { id: c, subject: x.y, value: 7 nm }\n  - { id: d, subject: x.z, value: 1, status: rumour }\n");

        var (_, output, _) = CliRunner.Run("check", scratch.Path, "--json", Path.Combine(scratch.Path, "r.json"));

        var summary = output.Split('\n')[0];
        Assert.Multiple(() =>
        {
            Assert.That(summary, Does.StartWith("2 sources, 2 claims, 1 subject: 1 conflict, 0 tensions, 0 agreements, "));
            Assert.That(summary, Does.Contain("; 1 error, 0 warnings"));
            Assert.That(summary, Does.Not.Match(@"\b1 \w+s\b"), "no '1 ...s'");
        });
    }

    [Test]
    public void Validate_OneSource_IsSingular()
    {
        using var scratch = new Scratch();
        scratch.Write("a.yaml", Scratch.ClaimFile("a"));

        var (_, output, _) = CliRunner.Run("validate", scratch.Path);

        Assert.That(output, Does.Contain("1 source, 1 claim, 0 registry subjects: 0 errors, 0 warnings"));
    }

    [Test]
    public void Import_OneRow_IsSingular()
    {
        using var scratch = new Scratch();
        var table = scratch.Write("t.csv", "source,subject,value\nSilicon Dragon,smic.leading-node,3 nm\n");

        var (_, output, _) = CliRunner.Run("import", table, "--out", Path.Combine(scratch.Path, "out"));

        Assert.That(output, Does.Contain("1 row imported, 0 skipped"));
    }

    [TestCase(0, "sources")]
    [TestCase(1, "source")]
    [TestCase(2, "sources")]
    public void Count_IsSingularForOneOnly(int count, string noun) =>
        Assert.That(ClaimCheck.Cli.Plural.Count(count, "source"), Is.EqualTo($"{count} {noun}"));
}
