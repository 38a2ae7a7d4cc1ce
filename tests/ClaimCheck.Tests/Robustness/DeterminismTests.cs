using System.Globalization;
using ClaimCheck.Tests.Cli;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// The same input gives byte-identical JSON and HTML: run after run, under any culture, whatever
/// order the file system lists the files in or the command line names them.
/// </summary>
public class DeterminismTests
{
    private static string SeedCorpus => Path.Combine(TestPaths.RepoRoot, "claims");

    private static (string Json, string Html) Check(params string[] paths)
    {
        using var scratch = new Scratch();
        var json = Path.Combine(scratch.Path, "r.json");
        var html = Path.Combine(scratch.Path, "r.html");
        var (_, output, error) = CliRunner.Run(["check", .. paths, "--json", json, "--html", html]);
        Expect.NoStackTrace(output, error);
        return (File.ReadAllText(json), File.ReadAllText(html));
    }

    private static (string Json, string Html) CheckUnder(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return Check(SeedCorpus);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [TestCase("en-US")]
    [TestCase("de-DE")]
    [TestCase("tr-TR")]
    public void Check_TwoRunsUnderCulture_ByteIdenticalAndEqualToInvariant(string culture)
    {
        var first = CheckUnder(culture);
        var second = CheckUnder(culture);
        var invariant = CheckUnder("");

        Assert.Multiple(() =>
        {
            Assert.That(first.Json, Does.Contain("silicon-dragon"), "the seed corpus was read");
            Assert.That(second.Json, Is.EqualTo(first.Json));
            Assert.That(second.Html, Is.EqualTo(first.Html));
            Assert.That(first.Json, Is.EqualTo(invariant.Json), "JSON under " + culture);
            Assert.That(first.Html, Is.EqualTo(invariant.Html), "HTML under " + culture);
        });
    }

    [Test, SetCulture("tr-TR")]
    public void Check_UnderTurkishCulture_MatchesEnglish()
    {
        var turkish = Check(SeedCorpus);
        var english = CheckUnder("en-US");

        Assert.Multiple(() =>
        {
            Assert.That(turkish.Json, Is.EqualTo(english.Json));
            Assert.That(turkish.Html, Is.EqualTo(english.Html));
        });
    }

    [Test]
    public void Check_FilesCreatedInOtherOrder_ByteIdentical()
    {
        var files = Directory.GetFiles(SeedCorpus).Order(StringComparer.Ordinal).ToArray();
        using var scratch = new Scratch();
        var folder = Path.Combine(scratch.Path, "corpus");

        (string Json, string Html) CopyAndCheck(IEnumerable<string> order)
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(folder);
            foreach (var file in order) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            return Check(folder);
        }

        var forward = CopyAndCheck(files);
        var backward = CopyAndCheck(files.Reverse());
        var interleaved = CopyAndCheck(files.Where((_, i) => i % 2 == 1).Concat(files.Where((_, i) => i % 2 == 0)));

        Assert.Multiple(() =>
        {
            Assert.That(backward.Json, Is.EqualTo(forward.Json));
            Assert.That(backward.Html, Is.EqualTo(forward.Html));
            Assert.That(interleaved.Json, Is.EqualTo(forward.Json));
            Assert.That(interleaved.Html, Is.EqualTo(forward.Html));
        });
    }

    [Test]
    public void Check_PathsNamedInOtherOrder_ByteIdentical()
    {
        var files = Directory.GetFiles(SeedCorpus).Order(StringComparer.Ordinal).ToArray();

        var forward = Check(files);
        var backward = Check([.. files.Reverse()]);
        var folder = Check(SeedCorpus);

        Assert.Multiple(() =>
        {
            Assert.That(backward.Json, Is.EqualTo(forward.Json));
            Assert.That(backward.Html, Is.EqualTo(forward.Html));
            Assert.That(folder.Json, Is.EqualTo(forward.Json), "naming the folder or its files is the same input");
        });
    }
}
