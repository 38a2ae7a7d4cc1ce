using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClaimCheck.Checking;
using ClaimCheck.Core;
using ClaimCheck.Loading;

namespace ClaimCheck.Tests.Docs;

/// <summary>
/// docs/claim-format.md is the user's only reference for the format (the product contract is not
/// shipped), so it must name every key and word the loader accepts, every key the schema offers an
/// editor, and be linked from where users start.
/// </summary>
[TestFixture]
public sealed partial class ClaimFormatDocTests
{
    private static string DocPath => Path.Combine(TestPaths.RepoRoot, "docs", "claim-format.md");

    private static readonly Lazy<string> Doc = new(() => File.ReadAllText(DocPath));

    public static IEnumerable<TestCaseData> LoaderWords()
    {
        var groups = new (string Where, IEnumerable<string> Words)[]
        {
            ("claim-file key", DocumentBinder.ClaimFileKeys),
            ("registry key", DocumentBinder.RegistryKeys),
            ("source key", DocumentBinder.SourceKeys),
            ("claim key", DocumentBinder.ClaimKeys),
            ("subject key", DocumentBinder.SubjectKeys),
            ("status", StatusWords.All),
            ("registry kind", RegistryValidator.Kinds),
            ("verdict", Enum.GetValues<Verdict>().Select(ContractWords.Of)),
        };
        return groups.SelectMany(g => g.Words.Distinct(StringComparer.Ordinal)
            .Select(w => new TestCaseData(g.Where, w).SetName($"Documents {g.Where} '{w}'")));
    }

    [TestCaseSource(nameof(LoaderWords))]
    public void EveryWordTheLoaderAccepts_IsDocumentedAsCode(string where, string word) =>
        Assert.That(CodeSpans(Doc.Value).Contains(word), Is.True,
            $"docs/claim-format.md does not mention the {where} `{word}` in backticks; document it");

    [Test]
    public void EveryPropertyTheSchemaOffers_IsDocumentedAsCode()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "schema", "claimcheck.schema.json")))!;
        var definitions = schema["definitions"]!.AsObject();
        var properties = definitions
            .Select(d => d.Value?["properties"] as JsonObject)
            .OfType<JsonObject>()
            .SelectMany(p => p.Select(e => e.Key))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var spans = CodeSpans(Doc.Value);

        Assert.Multiple(() =>
        {
            Assert.That(properties, Is.Not.Empty.And.Contain("subject"), "the schema's definitions were not found");
            Assert.That(properties.Where(p => !spans.Contains(p)), Is.Empty, "schema properties missing from docs/claim-format.md");
        });
    }

    [Test]
    public void AnchorsAndRelativeLinks_Resolve()
    {
        var doc = Doc.Value;
        var anchors = Headings(doc).Select(Slug).ToHashSet(StringComparer.Ordinal);
        var docsFolder = Path.GetDirectoryName(DocPath)!;
        var links = LinkPattern().Matches(doc).Select(m => m.Groups["target"].Value).ToList();

        var badAnchors = links.Where(l => l.StartsWith('#') && !anchors.Contains(l[1..])).ToList();
        var badFiles = links
            .Where(l => !l.StartsWith('#') && !l.Contains("://", StringComparison.Ordinal))
            .Select(l => l.Split('#')[0])
            .Where(f => !File.Exists(Path.Combine(docsFolder, f)) && !Directory.Exists(Path.Combine(docsFolder, f)))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(links, Has.Count.GreaterThan(50), "links were not found: has the link syntax changed?");
            Assert.That(badAnchors, Is.Empty, "links to headings that docs/claim-format.md does not have");
            Assert.That(badFiles, Is.Empty, "links to files that do not exist");
        });
    }

    [Test]
    public void WhereUsersStart_PointsToTheReference()
    {
        var root = TestPaths.RepoRoot;
        var schemaDescription = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "schema", "claimcheck.schema.json")))!["description"]!.GetValue<string>();

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(root, "README.md")), Does.Contain("(docs/claim-format.md)"));
            Assert.That(File.ReadAllText(Path.Combine(root, "src", "ClaimCheck", "PACKAGE.md")), Does.Contain("docs/claim-format.md"));
            Assert.That(ClaimFileSkeleton.Create("my-article"), Does.Contain("# ").And.Contain("docs/claim-format.md"));
            Assert.That(schemaDescription, Does.Contain("docs/claim-format.md"));
        });
    }

    /// <summary>The text of every inline code span outside fenced blocks (CommonMark: a run of n backticks closes with n).</summary>
    internal static HashSet<string> CodeSpans(string markdown)
    {
        var spans = new HashSet<string>(StringComparer.Ordinal);
        var fenced = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (fenced) continue;
            foreach (Match m in CodeSpanPattern().Matches(line))
                spans.Add(m.Groups["code"].Value.Trim());
        }

        return spans;
    }

    private static IEnumerable<string> Headings(string markdown)
    {
        var fenced = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) fenced = !fenced;
            else if (!fenced && HeadingPattern().Match(line) is { Success: true } m) yield return m.Groups["text"].Value;
        }
    }

    /// <summary>A heading's anchor as GitHub makes it: lowercase, punctuation dropped, spaces to hyphens.</summary>
    internal static string Slug(string heading) =>
        SlugDrop().Replace(heading.Trim().ToLowerInvariant(), string.Empty).Replace(' ', '-');

    [GeneratedRegex(@"(?<!`)(?<ticks>`+)(?!`)(?<code>.+?)(?<!`)\k<ticks>(?!`)")]
    private static partial Regex CodeSpanPattern();

    [GeneratedRegex(@"^#{1,6} (?<text>.+?)\s*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"[^\p{L}\p{Nd}\- _]")]
    private static partial Regex SlugDrop();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex LinkPattern();
}
