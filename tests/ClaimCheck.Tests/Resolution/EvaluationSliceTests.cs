using System.Text;
using ClaimCheck.Checking;
using ClaimCheck.Import;
using ClaimCheck.Loading;
using ClaimCheck.Resolution;

namespace ClaimCheck.Tests.Resolution;

/// <summary>
/// The evaluation of docs/evaluation.md on a slice of the public Heritages data set (../shared/datasets beside the
/// repository): converted to a claim table, imported, loaded with the place hierarchy as <c>within</c>, checked and
/// resolved. The full table comes from benchmarks/ClaimCheck.Evaluation.
/// </summary>
[TestFixture]
public class EvaluationSliceTests
{
    private const int Objects = 400;

    [Test]
    public void Resolve_HeritagesSlice_AccuBeatsMajorityVote()
    {
        var folder = Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared", "datasets", "heritages"));
        if (!File.Exists(Path.Combine(folder, "claims.csv")))
        {
            Assert.Ignore("the public data sets are absent: ../shared/datasets/heritages beside the repository holds them");
        }

        var work = Path.Combine(Path.GetTempPath(), "claimcheck-slice-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (gold, within) = Prepare(folder, work);
            var registry = new StringBuilder("within:\n");
            foreach (var (child, parent) in within) registry.Append("  ").Append(Quote(child)).Append(": ").Append(Quote(parent)).Append('\n');
            File.WriteAllText(Path.Combine(work, "registry.yaml"), registry.ToString());
            var import = ClaimTableImporter.Import(Path.Combine(work, "table.csv"), Path.Combine(work, "claims"), new ImportOptions(BaseDirectory: work));
            Assert.That(import.HasErrors, Is.False);
            var corpus = ClaimCorpus.Load([Path.Combine(work, "claims"), Path.Combine(work, "registry.yaml")]);
            Assert.That(corpus.HasErrors, Is.False);
            var report = Engine.Check(corpus);

            var accu = Precision(TruthResolver.Resolve(report.Subjects, corpus.Registry), gold);
            var vote = Precision(TruthResolver.Resolve(report.Subjects, corpus.Registry, new ResolutionOptions { Method = ResolutionMethod.MajorityVote }), gold);

            Assert.That(accu, Is.GreaterThan(vote), $"Accu {accu:0.000} against vote {vote:0.000}");
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static double Precision(ResolutionResult result, Dictionary<string, string> gold)
    {
        var scored = gold.Where(g => result.For(g.Key).Length > 0).ToList();
        var right = scored.Count(g => string.Equals(result.For(g.Key)[0].Value, g.Value, StringComparison.OrdinalIgnoreCase));
        return (double)right / scored.Count;
    }

    /// <summary>Writes table.csv (source, subject, value) for the first objects and returns their gold (most specific place) and the hierarchy.</summary>
    private static (Dictionary<string, string> Gold, List<(string, string)> Within) Prepare(string folder, string work)
    {
        Directory.CreateDirectory(work);
        var claims = ReadCsv(Path.Combine(folder, "claims.csv")).Skip(1).Where(r => r.Length >= 3).ToList();
        var keys = claims.Select(r => r[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(Objects)
            .Select((o, i) => (o, Key: "site.n" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(x => x.o, x => x.Key, StringComparer.Ordinal);
        var table = new StringBuilder("source,subject,value\n");
        foreach (var r in claims.Where(r => keys.ContainsKey(r[0])))
        {
            table.Append(Field(r[1].Trim())).Append(',').Append(keys[r[0]]).Append(',').Append(Field(r[2].Trim())).Append('\n');
        }

        File.WriteAllText(Path.Combine(work, "table.csv"), table.ToString());
        var gold = ReadCsv(Path.Combine(folder, "groundtruths.csv")).Skip(1)
            .Where(r => r.Length >= 2 && keys.ContainsKey(r[0]))
            .ToDictionary(r => keys[r[0]], r => r[1].Split(',')[0].Trim(), StringComparer.Ordinal);
        var hierarchy = ReadCsv(Path.Combine(folder, "hierarchy.csv")).Skip(1).Where(r => r.Length >= 3).ToList();
        var names = hierarchy.ToDictionary(r => r[0], r => r[1].Trim(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var within = hierarchy
            .Where(r => r[2] != "0" && names.ContainsKey(r[2]) && !string.Equals(r[1].Trim(), names[r[2]], StringComparison.OrdinalIgnoreCase) && seen.Add(r[1].Trim()))
            .Select(r => (r[1].Trim(), names[r[2]]))
            .ToList();
        return (gold, within);
    }

    private static string Field(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static List<string[]> ReadCsv(string path)
    {
        using var csv = CsvHelper.CsvReader.FromFile(path, new CsvHelper.CsvReaderOptions { HasHeader = false, Mode = CsvHelper.CsvMode.Rfc4180 });
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(csv.Current.ToArray());
        return rows;
    }
}
