using System.Text;
using ClaimCheck.Loading;

namespace ClaimCheck.Tests.Loading;

/// <summary>
/// Golden corpora: each folder of TestFiles/Loading is loaded as a corpus and what came of it
/// (sources, claims, diagnostics) is compared with its expected.txt. Run with
/// CLAIMCHECK_UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change, then review the diff.
/// </summary>
public class GoldenLoadingTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        Directory.GetDirectories(Path.Combine(TestPaths.TestFiles, "Loading"))
            .Order(StringComparer.Ordinal)
            .Select(dir => new TestCaseData(Path.GetFileName(dir)).SetName("Load_" + Path.GetFileName(dir) + "_MatchesGolden"));

    [TestCaseSource(nameof(Cases))]
    public void Load_GoldenCorpus_MatchesExpected(string name)
    {
        var folder = Path.Combine(TestPaths.TestFiles, "Loading", name);
        var corpus = Engine.Load([folder], new LoadOptions(BaseDirectory: folder));

        var actual = Describe(corpus);
        var expectedPath = Path.Combine(TestPaths.SourceTestFiles, "Loading", name, "expected.txt");
        if (TestPaths.UpdateGolden) File.WriteAllText(expectedPath, actual);

        Assert.That(actual, Is.EqualTo(File.ReadAllText(Path.Combine(folder, "expected.txt"))));
    }

    internal static string Describe(ClaimCorpus corpus)
    {
        var text = new StringBuilder();
        text.Append("sources: ").AppendJoin(", ", corpus.Sources.Select(s => s.Id)).Append('\n');
        text.Append("claims: ").AppendJoin(", ", corpus.Claims.Select(c => c.Ref)).Append('\n');
        text.Append("registry: ").AppendJoin(", ", corpus.Registry.Subjects.Keys).Append('\n');
        foreach (var diagnostic in corpus.Diagnostics) text.Append(diagnostic).Append('\n');
        return text.ToString();
    }
}
