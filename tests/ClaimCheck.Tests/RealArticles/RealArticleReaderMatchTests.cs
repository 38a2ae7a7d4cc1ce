using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimCheck.Tests.RealArticles;

/// <summary>
/// Compares the verdicts of the real-article goldens (expected.json) with the reader's (reader-verdicts.md): the
/// subjects that differ are exactly those each topic's known-differences.md lists, with both verdicts as they are,
/// and the number that match is the figure RealArticles/README.md gives. A verdict that changes shows in review.
/// </summary>
[TestFixture]
public partial class RealArticleReaderMatchTests
{
    private static string Root => Path.Combine(TestPaths.SourceTestFiles, "RealArticles");

    private static IEnumerable<TestCaseData> Topics() => RealArticleFiles.Topics(Root);

    [TestCaseSource(nameof(Topics))]
    public void SubjectsThatDifferFromTheReader_AreExactlyTheKnownDifferences(string topic)
    {
        var tool = ToolVerdicts(topic);
        var reader = ReaderVerdicts(topic);
        var known = RealArticleFiles.SubjectRows(Path.Combine(Root, topic, "known-differences.md"))
            .ToDictionary(row => row[0], row => (Tool: row.ElementAtOrDefault(1) ?? "", Reader: row.ElementAtOrDefault(2) ?? ""), StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var (subject, readerVerdict) in reader)
        {
            var toolVerdict = tool.GetValueOrDefault(subject, "(not in expected.json)");
            var listed = known.TryGetValue(subject, out var row);
            if (toolVerdict == readerVerdict)
            {
                if (listed) problems.Add($"{subject}: now {toolVerdict}, the reader's verdict; remove its row");
            }
            else if (!listed) problems.Add($"{subject}: {toolVerdict}, the reader says {readerVerdict}; not listed");
            else if (row != (toolVerdict, readerVerdict))
                problems.Add($"{subject}: listed as {row.Tool} against the reader's {row.Reader}, but is {toolVerdict} against {readerVerdict}");
        }
        problems.AddRange(known.Keys.Where(subject => !reader.ContainsKey(subject)).Select(subject => $"{subject}: listed, but reader-verdicts.md has no row for it"));

        Assert.That(problems, Is.Empty, $"{topic}/known-differences.md against expected.json and reader-verdicts.md");
    }

    [Test]
    public void MatchFigure_InTheReadme_IsTheNumberOfSubjectsThatMatch()
    {
        int matched = 0, shared = 0;
        foreach (var topic in Topics().Select(t => (string)t.Arguments[0]!))
        {
            var tool = ToolVerdicts(topic);
            foreach (var (subject, readerVerdict) in ReaderVerdicts(topic))
            {
                shared++;
                if (tool.GetValueOrDefault(subject) == readerVerdict) matched++;
            }
        }

        var figure = MatchFigure().Match(File.ReadAllText(Path.Combine(Root, "README.md")));
        Assert.That(figure.Success, "README.md states 'Reader-verdict match: **N of M**'");
        Assert.That($"{figure.Groups["matched"].Value} of {figure.Groups["shared"].Value}", Is.EqualTo($"{matched} of {shared}"),
            "the README's reader-verdict match against the goldens");
    }

    private static Dictionary<string, string> ToolVerdicts(string topic)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, topic, "expected.json")));
        return report.RootElement.GetProperty("subjects").EnumerateArray()
            .ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("verdict").GetString()!, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> ReaderVerdicts(string topic) =>
        RealArticleFiles.SubjectRows(Path.Combine(Root, topic, "reader-verdicts.md"))
            .ToDictionary(row => row[0], row => row.ElementAtOrDefault(1) ?? "", StringComparer.Ordinal);

    [GeneratedRegex(@"Reader-verdict match: \*\*(?<matched>\d+) of (?<shared>\d+)\*\*")]
    private static partial Regex MatchFigure();
}
