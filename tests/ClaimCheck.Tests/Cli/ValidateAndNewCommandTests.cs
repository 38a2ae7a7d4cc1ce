using ClaimCheck.Loading;

namespace ClaimCheck.Tests.Cli;

public class ValidateAndNewCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("claimcheck-cli-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Validate_CleanCorpus_ExitsZero()
    {
        var (code, output, error) = CliRunner.Run("validate", Path.Combine(TestPaths.TestFiles, "Loading", "001-valid-corpus"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(error, Is.Empty);
            Assert.That(output, Does.Contain("1 source, 2 claims, 2 registry subjects: 0 errors, 0 warnings"));
        });
    }

    [Test]
    public void Validate_BrokenCorpus_ExitsTwoAndPrintsEveryDiagnosticCompilerStyle()
    {
        var (code, _, error) = CliRunner.Run("validate", Path.Combine(TestPaths.TestFiles, "Loading", "006-broken-files-others-load"));

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(lines, Has.Length.EqualTo(6));
            Assert.That(lines, Has.All.Match(@"^.+\(\d+,\d+\): (error|warning) CC\d{4}: .+$"));
            Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
        });
    }

    [Test]
    public void Validate_MissingPath_ExitsTwoWithDiagnostic()
    {
        var (code, _, error) = CliRunner.Run("validate", Path.Combine(_dir, "nope"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("error CC0001: no such file or folder"));
        });
    }

    [Test]
    public void Run_NoPathOrUnknownCommand_IsUsageErrorTwo()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CliRunner.Run("validate").ExitCode, Is.EqualTo(2));
            Assert.That(CliRunner.Run("bogus").ExitCode, Is.EqualTo(2));
        });
    }

    [Test]
    public void Version_PrintsSemanticVersionWithoutCommit()
    {
        var (code, output, _) = CliRunner.Run("--version");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(output.Trim(), Does.Match(@"^\d+\.\d+\.\d+$"));
        });
    }

    [Test]
    public void Help_ListsCommands()
    {
        var (code, output, _) = CliRunner.Run("--help");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(output, Does.Contain("validate").And.Contain("new"));
        });
    }

    [Test]
    public void New_WritesSkeletonThatValidatesAsWritten()
    {
        var file = Path.Combine(_dir, "claims", "my-article.yaml");

        var (code, _, _) = CliRunner.Run("new", "my-article", "-o", file);
        var corpus = ClaimCorpus.Load([file]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(corpus.Diagnostics, Is.Empty);
            Assert.That(corpus.Sources.Single().Id, Is.EqualTo("my-article"));
            Assert.That(corpus.Claims, Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void New_PrintsSkeletonWithComments()
    {
        var (code, output, _) = CliRunner.Run("new", "abc");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(output, Does.StartWith("# yaml-language-server: $schema=").And.Contain("id: abc"));
        });
    }

    [Test]
    public void New_InvalidIdOrExistingFile_ExitsTwo()
    {
        var file = Path.Combine(_dir, "exists.yaml");
        File.WriteAllText(file, "keep me");

        Assert.Multiple(() =>
        {
            Assert.That(CliRunner.Run("new", "Not_An_Id").ExitCode, Is.EqualTo(2));
            Assert.That(CliRunner.Run("new", "fine", "-o", file).ExitCode, Is.EqualTo(2));
            Assert.That(File.ReadAllText(file), Is.EqualTo("keep me"));
        });
    }
}
