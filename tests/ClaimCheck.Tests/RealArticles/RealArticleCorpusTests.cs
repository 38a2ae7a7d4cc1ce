using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Tests.RealArticles;

/// <summary>
/// The golden corpora of TestFiles/RealArticles hold claim files written by hand from real published
/// articles, each beside the article's text. These tests keep the corpora honest: every quote is in
/// its article, every source cites its article, every topic has several sources, and the reader's
/// verdicts speak only of subjects that several sources share. The files are read with YamlDotNet
/// directly, not with the product's loader, so that they hold whatever the loader accepts today.
/// </summary>
public partial class RealArticleCorpusTests
{
    private static readonly string[] VerdictWords = ["conflict", "tension", "agreement", "consistent", "unchecked", "single-source"];

    private static string Root => Path.Combine(TestPaths.TestFiles, "RealArticles");

    public static IEnumerable<TestCaseData> Topics() => RealArticleFiles.Topics(Root);

    [Test]
    public void Corpus_HasAtLeastFourTopics() =>
        Assert.That(Directory.GetDirectories(Root), Has.Length.GreaterThanOrEqualTo(4));

    [TestCaseSource(nameof(Topics))]
    public void EveryQuote_OccursVerbatimInItsArticle(string topic)
    {
        var missing = new List<string>();
        var quotes = 0;
        foreach (var file in ClaimFiles(topic))
        {
            var id = Scalar(Source(file.Root), "id");
            var article = Normalise(File.ReadAllText(ArticlePath(topic, id)));
            foreach (var claim in Claims(file.Root))
            {
                var quote = Scalar(claim, "quote");
                quotes++;
                if (string.IsNullOrWhiteSpace(quote)) missing.Add($"{id}/{Scalar(claim, "id")}: no quote");
                else if (!article.Contains(Normalise(quote), StringComparison.Ordinal)) missing.Add($"{id}/{Scalar(claim, "id")}: \"{quote}\"");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(quotes, Is.GreaterThan(0), "the topic has no claims");
            Assert.That(missing, Is.Empty, "quotes not found in their article (after collapsing whitespace)");
        });
    }

    [TestCaseSource(nameof(Topics))]
    public void EverySource_CitesItsArticle_AndTheTopicHasThreeSources(string topic)
    {
        var files = ClaimFiles(topic).ToList();
        var problems = new List<string>();
        foreach (var file in files)
        {
            var source = Source(file.Root);
            var id = Scalar(source, "id");
            var name = Path.GetFileName(file.Path);
            if (name != id + ".yaml") problems.Add($"{name}: source id '{id}' does not match the file name");
            if (!File.Exists(ArticlePath(topic, id))) problems.Add($"{name}: no articles/{id}.txt");
            if (!Uri.TryCreate(Scalar(source, "url"), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || url.Host.Length == 0)
                problems.Add($"{name}: source.url '{Scalar(source, "url")}' is not an https URL");
            foreach (var key in new[] { "title", "outlet" })
                if (string.IsNullOrWhiteSpace(Scalar(source, key))) problems.Add($"{name}: no source.{key}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Count.GreaterThanOrEqualTo(3), "a topic needs articles from at least three sources");
            Assert.That(files.Select(f => Scalar(Source(f.Root), "outlet")).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                Is.EqualTo(files.Count), "each article of a topic comes from a different outlet");
            Assert.That(problems, Is.Empty);
            Assert.That(File.Exists(Path.Combine(Root, topic, "subjects.yaml")), "the topic has a registry, subjects.yaml");
        });
    }

    [TestCaseSource(nameof(Topics))]
    public void ReaderVerdicts_CoverExactlyTheSubjectsSeveralSourcesShare(string topic)
    {
        var sourcesBySubject = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in ClaimFiles(topic))
        {
            var id = Scalar(Source(file.Root), "id");
            foreach (var claim in Claims(file.Root))
            {
                var subject = Scalar(claim, "subject");
                if (!sourcesBySubject.TryGetValue(subject, out var sources)) sourcesBySubject[subject] = sources = [];
                sources.Add(id);
            }
        }

        var verdicts = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var row in RealArticleFiles.SubjectRows(Path.Combine(Root, topic, "reader-verdicts.md")))
            if (!verdicts.TryAdd(row[0], row.ElementAtOrDefault(1) ?? "")) duplicates.Add(row[0]);

        var shared = sourcesBySubject.Where(p => p.Value.Count >= 2).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(verdicts.Keys.Order(StringComparer.Ordinal), Is.EqualTo(shared), "reader-verdicts.md rows against the subjects two or more sources speak of");
            Assert.That(verdicts.Values.Where(v => !VerdictWords.Contains(v)), Is.Empty, "verdict words are the contract's");
            Assert.That(duplicates, Is.Empty, "a subject has one verdict");
        });
    }

    private sealed record ClaimFile(string Path, YamlMappingNode Root);

    private static IEnumerable<ClaimFile> ClaimFiles(string topic) =>
        Directory.GetFiles(Path.Combine(Root, topic), "*.yaml")
            .Where(f => Path.GetFileName(f) != "subjects.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var stream = new YamlStream();
                using (var reader = new StreamReader(f)) stream.Load(reader);
                return new ClaimFile(f, (YamlMappingNode)stream.Documents[0].RootNode);
            });

    private static YamlMappingNode Source(YamlMappingNode root) => (YamlMappingNode)root.Children[new YamlScalarNode("source")];

    private static IEnumerable<YamlMappingNode> Claims(YamlMappingNode root) =>
        ((YamlSequenceNode)root.Children[new YamlScalarNode("claims")]).Children.Cast<YamlMappingNode>();

    private static string Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value ?? "" : "";

    private static string ArticlePath(string topic, string id) => Path.Combine(Root, topic, "articles", id + ".txt");

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
