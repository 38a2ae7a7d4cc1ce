using ClaimCheck.Tests.Robustness;

namespace ClaimCheck.Tests.Cli;

/// <summary>A mistyped command, option or level is a usage error (exit 2) that names what was likely meant.</summary>
[TestFixture]
public class UsageTests
{
    [Test]
    public void MistypedCommand_SaysDidYouMean()
    {
        var (code, output, error) = CliRunner.Run("chek", "claims");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Is.EqualTo("claimcheck: unknown command 'chek'; did you mean 'check'?\nRun 'claimcheck --help' for usage.\n"));
        });
    }

    [Test]
    public void UnknownCommand_ListsTheCommands()
    {
        var (code, _, error) = CliRunner.Run("frobnicate");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.StartWith("claimcheck: unknown command 'frobnicate'; the commands are "));
            Assert.That(error, Does.Contain("check").And.Contain("validate").And.Contain("draft"));
        });
    }

    [Test]
    public void MistypedOption_SaysDidYouMeanAndIsNotReadAsAPath()
    {
        using var scratch = new Scratch();
        var html = Path.Combine(scratch.Path, "r.html");

        var (code, output, error) = CliRunner.Run("check", Path.Combine(TestPaths.RepoRoot, "claims"), "--jsn", Path.Combine(scratch.Path, "r.json"), "--html", html);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.StartWith("claimcheck: unknown option '--jsn' for 'check'; did you mean '--json'?\n"));
            Assert.That(error, Does.Contain("Run 'claimcheck check --help' for usage."));
            Assert.That(error, Does.Not.Contain("CC0001"), "not taken for a path that is not there");
            Assert.That(output, Is.Empty);
            Assert.That(File.Exists(html), Is.False, "a usage error runs nothing");
        });
    }

    [Test]
    public void MistypedGlobalOption_SaysDidYouMean() =>
        Assert.That(CliRunner.Run("validate", "claims", "--verbosty", "quiet").Error, Does.StartWith("claimcheck: unknown option '--verbosty' for 'validate'; did you mean '--verbosity'?"));

    [Test]
    public void FarOffOption_SaysHowToGiveAPathThatStartsWithADash()
    {
        var (code, _, error) = CliRunner.Run("check", "claims", "--zzzzzz");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.StartWith("claimcheck: unknown option '--zzzzzz' for 'check' (a path that starts with '-' goes after '--')"));
        });
    }

    [Test]
    public void AfterDoubleDash_ADashIsAPath()
    {
        using var scratch = new Scratch();
        scratch.Write("-odd.yaml", Scratch.ClaimFile("odd"));

        var (code, output, error) = CliRunner.Run("validate", "--", Path.Combine(scratch.Path, "-odd.yaml"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(output, Does.Contain("1 source, 1 claim"));
        });
    }

    [TestCase("--fail-on", "conflcit", "'conflcit' is not a --fail-on level (conflict, tension, never); did you mean 'conflict'?")]
    [TestCase("--verbosity", "quite", "'quite' is not a --verbosity level (quiet, normal, detailed); did you mean 'quiet'?")]
    [TestCase("--verbosity", "loud", "'loud' is not a --verbosity level (quiet, normal, detailed)\n")]
    public void MistypedLevel_SaysTheLevelsAndTheLikelyOne(string option, string value, string message)
    {
        var (code, _, error) = CliRunner.Run("check", "claims", option, value);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("claimcheck: " + message));
        });
    }

    [Test]
    public void QuietWithAnotherVerbosity_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("check", "claims", "-q", "--verbosity", "detailed");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("-q means --verbosity quiet"));
        });
    }
}
