using System.Text.RegularExpressions;

namespace ClaimCheck.Tests.RealArticles;

/// <summary>
/// The topics of TestFiles/RealArticles and the tables of their markdown files (reader-verdicts.md,
/// known-differences.md): a row is a line whose first cell is a dotted subject key; its cells come back trimmed,
/// the subject first.
/// </summary>
internal static partial class RealArticleFiles
{
    /// <summary>One test case per topic folder below <paramref name="root"/>, in ordinal order.</summary>
    public static IEnumerable<TestCaseData> Topics(string root) =>
        Directory.GetDirectories(root)
            .Select(dir => Path.GetFileName(dir))
            .Order(StringComparer.Ordinal)
            .Select(name => new TestCaseData(name).SetArgDisplayNames(name!));

    public static IEnumerable<string[]> SubjectRows(string markdownPath) =>
        File.ReadLines(markdownPath)
            .Where(line => SubjectRow().IsMatch(line))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray());

    [GeneratedRegex(@"^\|\s*[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+\s*\|")]
    private static partial Regex SubjectRow();
}
