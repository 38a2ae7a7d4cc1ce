using ClaimCheck.Tests.Cli;

namespace ClaimCheck.Tests.Drafting;

/// <summary><c>claimcheck draft</c> through the real command line, on published article text.</summary>
[TestFixture]
[NonParallelizable] // the command resolves relative paths against the working directory
public sealed class DraftCommandTests
{
    private static string Claims => Path.Combine(TestPaths.RepoRoot, "claims");

    private static string Temp()
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimcheck-draft-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Test]
    public void SeedArticle_DraftValidates_IsDeterministic_TakesNothingFromSpamLines()
    {
        var folder = Temp();
        var article = Path.Combine(Claims, "articles", "zhangjiang-commute.txt");
        var first = Path.Combine(folder, "first.yaml");
        var second = Path.Combine(folder, "second", "zhangjiang-commute.yaml");

        var run = CliRunner.Run("draft", article, "--corpus", Claims, "-o", first);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(CliRunner.Run("draft", article, "--corpus", Claims, "--out", Path.GetDirectoryName(second)!).ExitCode, Is.Zero);

        var yaml = File.ReadAllText(first);
        var validate = CliRunner.Run("validate", first);
        Assert.Multiple(() =>
        {
            Assert.That(validate.ExitCode, Is.Zero, validate.Error);
            Assert.That(validate.Error, Is.Empty, "the draft's quotes are all found in the article");
            Assert.That(File.ReadAllText(second).Replace("../", string.Empty, StringComparison.Ordinal), Is.EqualTo(yaml.Replace("../", string.Empty, StringComparison.Ordinal)), "same article, same draft");
            Assert.That(yaml, Does.Contain("#   line 5: 上海龙凤419"));
            Assert.That(yaml, Does.Contain("text: \""));
            // Dr. Chen Li's figures: the sentence, the attribution, the import share read as 80%.
            Assert.That(yaml, Does.Contain("value: \"80%\""));
            Assert.That(yaml, Does.Contain("attributed-to: \"Dr. Chen Li, SMIC's VP of Research\""));
            Assert.That(yaml, Does.Contain("quote: \"\\\"Five years ago, we imported 80% of our high-end chips,\\\" explains Dr. Chen Li, SMIC's VP of Research.\""));
            Assert.That(yaml, Does.Not.Contain("quote: \"上海"));
            // A comparison the sentence states, against the registry's subject for the compared-against.
            Assert.That(yaml, Does.Contain("compare: more-than california.stem-phd-graduates"));
        });
    }

    [Test]
    public void SeedArticle_PeriodAndStatusFromTheFiguresClause()
    {
        var run = CliRunner.Run("draft", Path.Combine(Claims, "articles", "silicon-dragon.txt"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var claims = run.Output.Split("\n  - id: ");
        var node = claims.Single(c => c.Contains("value: \"3nm\"", StringComparison.Ordinal));
        var share = claims.Single(c => c.Contains("value: \"28%\"", StringComparison.Ordinal));
        var fdi = claims.Single(c => c.Contains("value: \"$8.9 billion\"", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(node, Does.Contain("period: \"next quarter\"").And.Contain("status: planned"));
            Assert.That(share, Does.Not.Contain("status:").And.Not.Contain("period:"));
            Assert.That(fdi, Does.Contain("period: \"2024\""));
        });
    }

    [Test]
    public void RealPublishedArticle_NotInTheCorpus_DraftValidatesAndCheckRunsWithIt()
    {
        var folder = Temp();
        var article = Path.Combine(folder, "reuters-titanic-factbox.txt");
        File.Copy(Path.Combine(TestPaths.SourceTestFiles, "RealArticles", "002-titanic", "articles", "reuters-titanic-factbox.txt"), article);
        var draft = Path.Combine(folder, "draft.yaml");
        var run = CliRunner.Run("draft", article, "-o", draft);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var yaml = File.ReadAllText(draft);
        Assert.Multiple(() =>
        {
            Assert.That(yaml, Does.Contain("title: \"FACTBOX: Titanic centenary\""), "a first line that reads as a title");
            Assert.That(yaml, Does.Contain("text: \"reuters-titanic-factbox.txt\""));
            Assert.That(CliRunner.Run("validate", draft).ExitCode, Is.Zero);
            Assert.That(CliRunner.Run("check", draft, "--json", Path.Combine(folder, "r.json")).ExitCode, Is.Zero);
            Assert.That(File.ReadAllText(Path.Combine(folder, "r.json")), Does.Contain("\"quoteFound\": true"));
        });
    }

    [Test]
    public void ExistingFile_NotOverwrittenWithoutForce()
    {
        var folder = Temp();
        var target = Path.Combine(folder, "a.yaml");
        File.WriteAllText(target, "keep");
        var article = Path.Combine(Claims, "articles", "silicon-dragon.txt");
        var refused = CliRunner.Run("draft", article, "-o", target);
        Assert.Multiple(() =>
        {
            Assert.That(refused.ExitCode, Is.EqualTo(2));
            Assert.That(refused.Error, Does.Contain("error CC0702: the file exists; not overwritten (use --force to replace it)"));
            Assert.That(File.ReadAllText(target), Is.EqualTo("keep"));
        });
        Assert.That(CliRunner.Run("draft", article, "-o", target, "--force").ExitCode, Is.Zero);
        Assert.That(File.ReadAllText(target), Does.StartWith("# Drafted by 'claimcheck draft'"));
    }

    [Test]
    public void BadArticles_PositionedErrorsExit2_AllReported()
    {
        var folder = Temp();
        File.WriteAllText(Path.Combine(folder, "empty.txt"), "\n\n");
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x41, 0x42, 0x0A, 0x43, 0x00, 0x44]);
        File.WriteAllText(Path.Combine(folder, "nobody.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        using (var big = File.Create(Path.Combine(folder, "big.txt"))) big.SetLength(50L * 1024 * 1024);
        var run = CliRunner.Run("draft", Path.Combine(folder, "empty.txt"), Path.Combine(folder, "binary.txt"), Path.Combine(folder, "nobody.html"),
            Path.Combine(folder, "big.txt"), "https://example.org/story", "--out", Path.Combine(folder, "out"));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("empty.txt(1,1): error CC0701: article is empty"));
            Assert.That(run.Error, Does.Contain("binary.txt(2,2): error CC0701: article holds a NUL character"));
            Assert.That(run.Error, Does.Contain("nobody.html(1,1): error CC0701: article is an HTML page with no article body"));
            Assert.That(run.Error, Does.Contain("big.txt(1,1): error CC0701: article is larger than the article limit of 8 MiB"));
            Assert.That(run.Error, Does.Contain("error CC0700: 'https://example.org/story' is a URL; claimcheck never fetches pages: save the page"));
            Assert.That(run.Error, Does.Not.Contain("   at "), "no stack trace");
        });
    }
}
